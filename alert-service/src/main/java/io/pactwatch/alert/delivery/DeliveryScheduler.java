package io.pactwatch.alert.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.pactwatch.alert.subscription.Channel;
import io.pactwatch.alert.subscription.ChannelStatus;
import io.pactwatch.alert.subscription.ChannelType;
import io.pactwatch.alert.subscription.Subscription;
import io.pactwatch.alert.webhook.MilestoneCloudEvents;
import io.pactwatch.alert.webhook.WebhookIds;
import io.pactwatch.schemas.MilestoneEvent;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a milestone event and the subscriptions it matched into durable deliveries, in one
 * transaction, at most one per (channel, event) however often the event arrives: PENDING for
 * webhooks and email, HELD for a disabled webhook, QUEUED for an email digest, and an entry of
 * the tenant's live stream for a stream channel. Then wakes the {@link DeliveryWorker}.
 */
@Service
public class DeliveryScheduler {

	private final DeliveryRepository repository;

	private final TransactionTemplate transactions;

	private final RetrySchedule retrySchedule;

	private final DeliveryWorker worker;

	private final List<StreamChannels> streams;

	private final Clock clock;

	DeliveryScheduler(DeliveryRepository repository, TransactionTemplate transactions, RetrySchedule retrySchedule,
			DeliveryWorker worker, List<StreamChannels> streams, Clock clock) {
		this.repository = repository;
		this.transactions = transactions;
		this.retrySchedule = retrySchedule;
		this.worker = worker;
		this.streams = streams;
		this.clock = clock;
	}

	/** An event and the subscriptions it matched. */
	public record Matched(MilestoneEvent event, List<Subscription> subscriptions) {
	}

	/** @return how many deliveries and stream entries are new (0 for an event seen before) */
	public int schedule(MilestoneEvent event, List<Subscription> matches) {
		return scheduleAll(List.of(new Matched(event, matches)));
	}

	/**
	 * Stores the deliveries of several events in one transaction, in their order.
	 * @return how many deliveries and stream entries are new
	 */
	public int scheduleAll(List<Matched> matched) {
		List<Matched> relevant = matched.stream().filter((m) -> !m.subscriptions().isEmpty()).toList();
		if (relevant.isEmpty()) {
			return 0;
		}
		Instant now = this.clock.instant();
		Integer created = this.transactions.execute((status) -> {
			int count = 0;
			List<StreamChannels.EventMatches> streamed = new ArrayList<>();
			for (Matched one : relevant) {
				MilestoneEvent event = one.event();
				List<DeliveryRepository.NewDelivery> deliveries = new ArrayList<>();
				List<StreamChannels.StreamMatch> streamMatches = new ArrayList<>();
				for (Subscription subscription : one.subscriptions()) {
					for (Channel channel : subscription.channels()) {
						if (channel.type() == ChannelType.STREAM) {
							streamMatches.add(new StreamChannels.StreamMatch(subscription.tenantId(), subscription.id(),
									channel.id()));
						}
						else {
							deliveries.add(new DeliveryRepository.NewDelivery(subscription.id(), channel.id(),
									WebhookIds.of(channel.id(), event.getEventId()), initialStatus(channel)));
						}
					}
				}
				count += this.repository.insert(event.getEventId(), event.getAgreementId(), MilestoneCloudEvents.toJson(event),
						deliveries, now.plus(this.retrySchedule.firstDelay()), now).size();
				if (!streamMatches.isEmpty()) {
					streamed.add(new StreamChannels.EventMatches(event, streamMatches));
				}
			}
			for (StreamChannels stream : this.streams) {
				count += stream.append(streamed, now);
			}
			return count;
		});
		if (created != null && created > 0) {
			this.worker.wake();
			this.streams.forEach(StreamChannels::committed);
			return created;
		}
		return 0;
	}

	private static DeliveryStatus initialStatus(Channel channel) {
		if (channel.status() == ChannelStatus.DISABLED) {
			return DeliveryStatus.HELD;
		}
		return (channel.type() == ChannelType.EMAIL && channel.emailDigest()) ? DeliveryStatus.QUEUED
				: DeliveryStatus.PENDING;
	}

}
