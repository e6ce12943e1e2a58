package io.pactwatch.alert.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import io.pactwatch.alert.subscription.ChannelType;
import io.pactwatch.alert.subscription.SubscriptionRepository;
import io.pactwatch.alert.webhook.WebhookProperties;
import io.pactwatch.alert.webhook.WebhookSender;
import io.pactwatch.alert.webhook.WebhookSender.Outcome;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries. One thread claims them from PostgreSQL (a lease per row, so that
 * several instances never send the same one at once) when woken by a new delivery or a
 * finished request, or every {@code poll-interval}; the requests run concurrently on
 * Reactor Netty (webhooks) or the mail sender (email), up to {@code max-in-flight}. Each
 * attempt is recorded with its outcome, and a failed one is rescheduled per the
 * {@link RetrySchedule} or, after the last, marked FAILED. A webhook that answers 410 Gone,
 * or whose attempts have all failed for {@code disable-after}, is disabled and its deliveries
 * held. Nothing lives only in memory: a restart resumes from the table, and a delivery whose
 * instance died is taken over when its lease ends.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(DeliveryWorker.class);

	private static final Duration MAX_ERROR_BACKOFF = Duration.ofSeconds(10);

	private static final Duration MAX_STOP_WAIT = Duration.ofSeconds(5);

	private static final int RECORD_BATCH = 500;

	private final DeliveryRepository repository;

	private final TransactionTemplate transactions;

	private final WebhookSender sender;

	private final RetrySchedule retrySchedule;

	private final DeliveryProperties properties;

	private final WebhookProperties webhookProperties;

	private final SubscriptionRepository subscriptions;

	private final ObjectProvider<EmailSender> emailSender;

	private final Clock clock;

	private final Semaphore wakeups = new Semaphore(0);

	private final AtomicInteger inFlight = new AtomicInteger();

	/** Attempts done, waiting to be recorded by the recorder thread, a batch per transaction. */
	private final BlockingQueue<Finished> finished = new LinkedBlockingQueue<>();

	private volatile boolean running;

	private volatile boolean recording;

	private Thread thread;

	private Thread recorder;

	/** One attempt's outcome, to record. */
	private record Finished(DeliveryRepository.ClaimedDelivery delivery, UUID leaseToken, int attempt,
			Instant attemptedAt, Outcome outcome) {
	}

	DeliveryWorker(DeliveryRepository repository, TransactionTemplate transactions, WebhookSender sender,
			RetrySchedule retrySchedule, DeliveryProperties properties, WebhookProperties webhookProperties,
			SubscriptionRepository subscriptions, ObjectProvider<EmailSender> emailSender, Clock clock) {
		this.repository = repository;
		this.transactions = transactions;
		this.sender = sender;
		this.retrySchedule = retrySchedule;
		this.properties = properties;
		this.webhookProperties = webhookProperties;
		this.subscriptions = subscriptions;
		this.emailSender = emailSender;
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
		this.recording = true;
		this.thread = new Thread(this::run, "delivery-worker");
		this.thread.setDaemon(true);
		this.thread.start();
		this.recorder = new Thread(this::recordFinished, "delivery-recorder");
		this.recorder.setDaemon(true);
		this.recorder.start();
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
		while ((this.inFlight.get() > 0 || !this.finished.isEmpty()) && System.nanoTime() < deadline) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
		}
		this.recording = false;
		try {
			this.recorder.join(MAX_STOP_WAIT.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
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
				// claim in batches, not one row per finished request: a claim is a query either way
				boolean worthIt = wanted >= Math.max(1, this.properties.batchSize() / 2) || this.inFlight.get() == 0;
				int claimed = (wanted > 0 && worthIt) ? dispatchDue(wanted) : 0;
				if (failing) {
					log.info("Delivery worker recovered");
					failing = false;
					errorBackoff = this.properties.pollInterval();
				}
				if (claimed == 0 || claimed < wanted || !worthIt) {
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
		List<DeliveryRepository.ClaimedDelivery> claimed = this.transactions.execute((status) -> {
			// a claim lost in a crash only delays its deliveries until the lease ends
			this.repository.commitAsynchronously();
			return this.repository.claimDue(now, now.plus(this.properties.lease()), leaseToken, limit);
		});
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
		send(delivery)
			.doOnNext((outcome) -> this.finished.add(new Finished(delivery, leaseToken, attempt, attemptedAt, outcome)))
			.doFinally((signal) -> {
				this.inFlight.decrementAndGet();
				wake();
			})
			.subscribe(null, (ex) -> log.warn("Attempt " + attempt + " of delivery " + delivery.id()
					+ " failed unexpectedly; it is sent again when its lease ends", ex));
	}

	/**
	 * The recorder thread: records finished attempts in batches, one transaction each,
	 * committed asynchronously (an attempt whose record is lost in a crash is sent again with
	 * the same webhook-id when its lease ends; the unique (channel, event) rows are never at
	 * risk). A batch that fails is recorded attempt by attempt.
	 */
	private void recordFinished() {
		List<Finished> batch = new ArrayList<>(RECORD_BATCH);
		while (this.recording || !this.finished.isEmpty()) {
			try {
				Finished first = this.finished.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.finished.drainTo(batch, RECORD_BATCH - 1);
				try {
					recordBatch(batch);
				}
				catch (RuntimeException ex) {
					for (Finished one : batch) {
						try {
							recordBatch(List.of(one));
						}
						catch (RuntimeException single) {
							log.warn("Could not record attempt " + one.attempt() + " of delivery " + one.delivery().id()
									+ "; it is sent again when its lease ends", single);
						}
					}
				}
				batch.clear();
				wake();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void recordBatch(List<Finished> batch) {
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult((tx) -> {
			this.repository.commitAsynchronously();
			List<DeliveryRepository.Delivered> delivered = new ArrayList<>();
			Set<UUID> succeeded = new HashSet<>();
			for (Finished one : batch) {
				if (one.outcome().delivered()) {
					delivered.add(new DeliveryRepository.Delivered(one.delivery().id(), one.leaseToken(),
							new DeliveryRepository.Attempt(one.attempt(), one.attemptedAt(), one.outcome().statusCode(),
									one.outcome().latencyMs(), null),
							now));
					succeeded.add(one.delivery().channelId());
				}
				else {
					record(one.delivery(), one.leaseToken(), one.attempt(), one.attemptedAt(), one.outcome(), now);
				}
			}
			int lost = this.repository.recordDelivered(delivered);
			this.repository.channelsSucceeded(succeeded);
			if (lost > 0) {
				log.info(lost + " deliveries were deleted or their lease taken over before their success was recorded");
			}
		});
	}

	private Mono<Outcome> send(DeliveryRepository.ClaimedDelivery delivery) {
		if (delivery.channelType() == ChannelType.EMAIL) {
			EmailSender email = this.emailSender.getIfAvailable();
			return (email != null) ? email.send(delivery)
					: Mono.just(new Outcome(false, null, 0, "email is not configured on this server (spring.mail.host)"));
		}
		return this.sender
			.send(new WebhookSender.Outgoing(delivery.url(), delivery.secrets(), delivery.webhookId(), delivery.body()));
	}

	/** Records a failed attempt, in the caller's transaction. */
	private void record(DeliveryRepository.ClaimedDelivery delivery, UUID leaseToken, int attempt, Instant attemptedAt,
			Outcome outcome, Instant now) {
		DeliveryStatus status;
		Instant next = now;
		String disable = null;
		boolean webhook = delivery.channelType() == ChannelType.WEBHOOK;
		if (webhook && outcome.gone()) {
			status = DeliveryStatus.FAILED;
			disable = "the endpoint answered 410 Gone";
		}
		else {
			Optional<Duration> delay = this.retrySchedule.delayAfter(attempt - delivery.retryBase());
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
		if (!this.repository.recordAttempt(delivery.id(), leaseToken, recorded, status, next)) {
			log.info("Delivery " + delivery.id() + " was deleted or its lease taken over; attempt " + attempt
					+ " not recorded");
			return;
		}
		if (webhook) {
			String reason = disable;
			Instant failingSince = this.repository.channelFailed(delivery.channelId(), attemptedAt);
			if (reason == null && !failingSince.plus(this.webhookProperties.disableAfter()).isAfter(now)) {
				reason = "every attempt has failed since " + failingSince;
			}
			if (reason != null) {
				log.warn("Webhook channel " + delivery.channelId() + " of subscription " + delivery.subscriptionId()
						+ " disabled: " + reason);
				this.subscriptions.disableChannel(delivery.channelId(), reason, now);
			}
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
