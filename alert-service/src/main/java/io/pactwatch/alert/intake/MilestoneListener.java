package io.pactwatch.alert.intake;

import java.util.List;

import io.pactwatch.alert.delivery.DeliveryScheduler;
import io.pactwatch.alert.subscription.Subscription;
import io.pactwatch.alert.subscription.SubscriptionRepository;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.Topics;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code agreement.milestones.v1}: matches each event against the subscriptions
 * and stores one delivery per match before the offset is committed (ack mode RECORD), so
 * a crash in between redelivers the record and the unique (subscription, event) rows
 * absorb the duplicate.
 */
@Component
class MilestoneListener {

	private static final Log log = LogFactory.getLog(MilestoneListener.class);

	static final int MAX_ID = 200;

	private final SubscriptionRepository subscriptions;

	private final DeliveryScheduler deliveries;

	MilestoneListener(SubscriptionRepository subscriptions, DeliveryScheduler deliveries) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
	}

	@KafkaListener(id = "alert-milestones", idIsGroup = false, topics = Topics.AGREEMENT_MILESTONES)
	void onMilestone(ConsumerRecord<String, MilestoneEvent> record) {
		MilestoneEvent event = validated(record);
		List<Subscription> matches = this.subscriptions.findAll()
			.stream()
			.filter((subscription) -> subscription.filter().matches(event))
			.toList();
		int created = this.deliveries.schedule(event, matches);
		if (log.isDebugEnabled()) {
			log.debug("Milestone event " + event.getEventId() + " (" + record.topic() + "-" + record.partition() + "@"
					+ record.offset() + ") matched " + matches.size() + " subscriptions, " + created + " new deliveries");
		}
	}

	private static MilestoneEvent validated(ConsumerRecord<String, MilestoneEvent> record) {
		MilestoneEvent event = record.value();
		if (event == null) {
			throw new InvalidMilestoneEventException("Record without a value (tombstone) at " + record.topic() + "-"
					+ record.partition() + "@" + record.offset());
		}
		requireId("eventId", event.getEventId());
		requireId("agreementId", event.getAgreementId());
		return event;
	}

	private static void requireId(String name, String value) {
		if (value == null || value.isBlank() || value.length() > MAX_ID) {
			throw new InvalidMilestoneEventException(name + " must be 1 to " + MAX_ID + " characters, was "
					+ ((value == null) ? "null" : value.length() + " characters"));
		}
	}

}
