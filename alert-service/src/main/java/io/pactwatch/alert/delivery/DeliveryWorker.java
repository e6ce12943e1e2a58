package io.pactwatch.alert.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import io.pactwatch.alert.web.Blocking;
import io.pactwatch.alert.webhook.WebhookSender;
import io.pactwatch.alert.webhook.WebhookSender.Outcome;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries. One thread claims them from PostgreSQL (a lease per row, so that
 * several instances never send the same one at once) when woken by a new delivery or a
 * finished request, or every {@code poll-interval}; the requests run concurrently on
 * Reactor Netty, up to {@code max-in-flight}. Each attempt is recorded with its outcome,
 * and a failed one is rescheduled per the {@link RetrySchedule} or, after the last,
 * marked FAILED. Nothing lives only in memory: a restart resumes from the table, and a
 * delivery whose instance died is taken over when its lease ends.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(DeliveryWorker.class);

	private static final Duration MAX_ERROR_BACKOFF = Duration.ofSeconds(10);

	private static final Duration MAX_STOP_WAIT = Duration.ofSeconds(5);

	private final DeliveryRepository repository;

	private final TransactionTemplate transactions;

	private final WebhookSender sender;

	private final RetrySchedule retrySchedule;

	private final DeliveryProperties properties;

	private final Clock clock;

	private final Semaphore wakeups = new Semaphore(0);

	private final AtomicInteger inFlight = new AtomicInteger();

	private volatile boolean running;

	private Thread thread;

	DeliveryWorker(DeliveryRepository repository, TransactionTemplate transactions, WebhookSender sender,
			RetrySchedule retrySchedule, DeliveryProperties properties, Clock clock) {
		this.repository = repository;
		this.transactions = transactions;
		this.sender = sender;
		this.retrySchedule = retrySchedule;
		this.properties = properties;
		this.clock = clock;
	}

	/** Look for due deliveries now rather than at the next poll. */
	void wake() {
		if (this.wakeups.availablePermits() == 0) {
			this.wakeups.release();
		}
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.thread = new Thread(this::run, "delivery-worker");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		Thread worker;
		synchronized (this) {
			if (!this.running) {
				return;
			}
			this.running = false;
			worker = this.thread;
		}
		wake();
		try {
			worker.join(MAX_STOP_WAIT.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		// let open requests record their outcome; a request cut off here is sent again once its lease ends
		long deadline = System.nanoTime() + MAX_STOP_WAIT.toNanos();
		while (this.inFlight.get() > 0 && System.nanoTime() < deadline) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void run() {
		Duration errorBackoff = this.properties.pollInterval();
		boolean failing = false;
		while (this.running) {
			try {
				int free = this.properties.maxInFlight() - this.inFlight.get();
				int wanted = Math.min(free, this.properties.batchSize());
				int claimed = (wanted > 0) ? dispatchDue(wanted) : 0;
				if (failing) {
					log.info("Delivery worker recovered");
					failing = false;
					errorBackoff = this.properties.pollInterval();
				}
				if (claimed == 0 || claimed < wanted) {
					awaitWakeup(this.properties.pollInterval());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				if (!failing) {
					log.warn("Delivery worker cannot claim deliveries; retrying", ex);
					failing = true;
				}
				try {
					awaitWakeup(errorBackoff);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
				errorBackoff = min(errorBackoff.multipliedBy(2), MAX_ERROR_BACKOFF);
			}
		}
	}

	private void awaitWakeup(Duration timeout) throws InterruptedException {
		this.wakeups.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
		this.wakeups.drainPermits();
	}

	private int dispatchDue(int limit) {
		Instant now = this.clock.instant();
		UUID leaseToken = UUID.randomUUID();
		List<DeliveryRepository.ClaimedDelivery> claimed = this.transactions
			.execute((status) -> this.repository.claimDue(now, now.plus(this.properties.lease()), leaseToken, limit));
		if (claimed == null) {
			return 0;
		}
		for (DeliveryRepository.ClaimedDelivery delivery : claimed) {
			dispatch(delivery, leaseToken);
		}
		return claimed.size();
	}

	private void dispatch(DeliveryRepository.ClaimedDelivery delivery, UUID leaseToken) {
		this.inFlight.incrementAndGet();
		int attempt = delivery.attempts() + 1;
		Instant attemptedAt = this.clock.instant();
		this.sender
			.send(new WebhookSender.Outgoing(delivery.url(), delivery.secret(), delivery.webhookId(), delivery.body()))
			.flatMap((outcome) -> Blocking.call(() -> record(delivery, leaseToken, attempt, attemptedAt, outcome)))
			.doFinally((signal) -> {
				this.inFlight.decrementAndGet();
				wake();
			})
			.subscribe(null, (ex) -> log.warn("Could not record attempt " + attempt + " of delivery " + delivery.id()
					+ "; it is sent again when its lease ends", ex));
	}

	private boolean record(DeliveryRepository.ClaimedDelivery delivery, UUID leaseToken, int attempt,
			Instant attemptedAt, Outcome outcome) {
		Instant now = this.clock.instant();
		DeliveryStatus status;
		Instant next = now;
		if (outcome.delivered()) {
			status = DeliveryStatus.DELIVERED;
		}
		else {
			Optional<Duration> delay = this.retrySchedule.delayAfter(attempt);
			status = delay.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
			next = delay.map(now::plus).orElse(now);
			if (status == DeliveryStatus.FAILED) {
				log.warn("Delivery " + delivery.id() + " of event " + delivery.eventId() + " to subscription "
						+ delivery.subscriptionId() + " FAILED after " + attempt + " attempts: " + outcome.error());
			}
			else if (log.isDebugEnabled()) {
				log.debug("Delivery " + delivery.id() + " attempt " + attempt + " failed (" + outcome.error()
						+ "); next at " + next);
			}
		}
		DeliveryRepository.Attempt recorded = new DeliveryRepository.Attempt(attempt, attemptedAt, outcome.statusCode(),
				outcome.latencyMs(), outcome.error());
		Instant nextAttemptAt = next;
		Boolean kept = this.transactions.execute(
				(tx) -> this.repository.recordAttempt(delivery.id(), leaseToken, recorded, status, nextAttemptAt));
		if (!Boolean.TRUE.equals(kept)) {
			log.info("Delivery " + delivery.id() + " was deleted or its lease taken over; attempt " + attempt
					+ " not recorded");
			return false;
		}
		return true;
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
