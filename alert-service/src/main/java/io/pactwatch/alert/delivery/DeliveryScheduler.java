package io.pactwatch.alert.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.pactwatch.alert.subscription.Subscription;
import io.pactwatch.alert.webhook.MilestoneCloudEvents;
import io.pactwatch.alert.webhook.WebhookIds;
import io.pactwatch.schemas.MilestoneEvent;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a milestone event and the subscriptions it matched into durable PENDING
 * deliveries, in one transaction, at most one per (subscription, event) however often the
 * event arrives; then wakes the {@link DeliveryWorker} so they go out at once.
 */
@Service
public class DeliveryScheduler {

	private final DeliveryRepository repository;

	private final TransactionTemplate transactions;

	private final RetrySchedule retrySchedule;

	private final DeliveryWorker worker;

	private final Clock clock;

	DeliveryScheduler(DeliveryRepository repository, TransactionTemplate transactions, RetrySchedule retrySchedule,
			DeliveryWorker worker, Clock clock) {
		this.repository = repository;
		this.transactions = transactions;
		this.retrySchedule = retrySchedule;
		this.worker = worker;
		this.clock = clock;
	}

	/** @return how many deliveries are new (0 for an event seen before) */
	public int schedule(MilestoneEvent event, List<Subscription> matches) {
		if (matches.isEmpty()) {
			return 0;
		}
		String body = MilestoneCloudEvents.toJson(event);
		List<DeliveryRepository.NewDelivery> deliveries = matches.stream()
			.map((subscription) -> new DeliveryRepository.NewDelivery(subscription.id(),
					WebhookIds.of(subscription.id(), event.getEventId())))
			.toList();
		Instant now = this.clock.instant();
		Integer created = this.transactions.execute((status) -> this.repository.insert(event.getEventId(),
				event.getAgreementId(), body, deliveries, now.plus(this.retrySchedule.firstDelay()), now));
		if (created != null && created > 0) {
			this.worker.wake();
			return created;
		}
		return 0;
	}

}
