package io.pactwatch.netguard;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.netty.resolver.AbstractAddressResolver;
import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;

/**
 * An HTTP client's name resolution (Reactor Netty): every connection's host is resolved (off the event
 * loop, with the JDK resolver and its cache) and checked by the {@link AddressGuard} right
 * before connecting, so the address connected to is the address checked. Host names that are
 * IP literals are checked too.
 */
public final class GuardedAddressResolverGroup extends AddressResolverGroup<InetSocketAddress> {

	private final AddressGuard guard;

	private final ExecutorService lookups;

	public GuardedAddressResolverGroup(AddressGuard guard) {
		this.guard = guard;
		AtomicInteger threads = new AtomicInteger();
		this.lookups = Executors.newFixedThreadPool(4, (task) -> {
			Thread thread = new Thread(task, "guarded-dns-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
		return new GuardedResolver(executor);
	}

	@Override
	public void close() {
		super.close();
		this.lookups.shutdownNow();
	}

	private final class GuardedResolver extends AbstractAddressResolver<InetSocketAddress> {

		GuardedResolver(EventExecutor executor) {
			super(executor, InetSocketAddress.class);
		}

		@Override
		protected boolean doIsResolved(InetSocketAddress address) {
			// never skip the check, not even for an IP literal
			return false;
		}

		@Override
		protected void doResolve(InetSocketAddress address, Promise<InetSocketAddress> promise) {
			resolveChecked(address, (list) -> promise.trySuccess(list.get(0)), promise::tryFailure);
		}

		@Override
		protected void doResolveAll(InetSocketAddress address, Promise<List<InetSocketAddress>> promise) {
			resolveChecked(address, promise::trySuccess, promise::tryFailure);
		}

		private void resolveChecked(InetSocketAddress address,
				Consumer<List<InetSocketAddress>> success, Consumer<Throwable> failure) {
			if (!address.isUnresolved()) {
				try {
					GuardedAddressResolverGroup.this.guard.check(address.getHostString(), List.of(address.getAddress()));
					success.accept(List.of(address));
				}
				catch (Exception ex) {
					failure.accept(ex);
				}
				return;
			}
			try {
				GuardedAddressResolverGroup.this.lookups.execute(() -> {
					try {
						List<InetAddress> addresses = GuardedAddressResolverGroup.this.guard.check(address.getHostString());
						success.accept(addresses.stream()
							.map((resolved) -> new InetSocketAddress(resolved, address.getPort()))
							.toList());
					}
					catch (Exception ex) {
						failure.accept(ex);
					}
				});
			}
			catch (RuntimeException ex) {
				failure.accept(ex);
			}
		}

	}

}
