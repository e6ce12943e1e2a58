package io.pactwatch.alert.intake;

import java.util.ArrayList;
import java.util.List;

import io.pactwatch.alert.delivery.DeliveryScheduler;
import io.pactwatch.alert.subscription.Subscription;
import io.pactwatch.alert.subscription.SubscriptionService;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.Topics;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code agreement.milestones.v1}: matches each event against the active
 * subscriptions and stores one delivery per matching channel before the offsets are committed
 * (a batch listener: after each poll's transaction), so a crash in between redelivers the
 * records and the unique (channel, event) rows absorb the duplicates.
 */
@Component
class MilestoneListener {

	private static final Log log = LogFactory.getLog(MilestoneListener.class);

	static final int MAX_ID = 200;

	private final SubscriptionService subscriptions;

	private final DeliveryScheduler deliveries;

	MilestoneListener(SubscriptionService subscriptions, DeliveryScheduler deliveries) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
	}

	/**
	 * One poll's records in one transaction (one commit for many events). A record that is not
	 * a valid event ends the batch: the events before it are stored, it is dead-lettered (the
	 * {@link BatchListenerFailedException} names it) and consumption goes on after it. When the
	 * deliveries cannot be stored (the database is down) the batch is retried from its start.
	 */
	@KafkaListener(id = "alert-milestones", idIsGroup = false,
			topics = "${pactwatch.alert.intake.topic:" + Topics.AGREEMENT_MILESTONES + "}", batch = "true")
	void onMilestones(List<ConsumerRecord<String, MilestoneEvent>> records) {
		List<MilestoneEvent> events = new ArrayList<>(records.size());
		InvalidMilestoneEventException invalid = null;
		for (ConsumerRecord<String, MilestoneEvent> record : records) {
			try {
				events.add(validated(record));
			}
			catch (InvalidMilestoneEventException ex) {
				invalid = ex;
				break;
			}
		}
		if (!events.isEmpty()) {
			try {
				List<Subscription> active = this.subscriptions.findActive();
				int created = this.deliveries.scheduleAll(events.stream()
					.map((event) -> new DeliveryScheduler.Matched(event,
							active.stream().filter((subscription) -> subscription.filter().matches(event)).toList()))
					.toList());
				if (log.isDebugEnabled()) {
					log.debug(events.size() + " milestone events from " + records.get(0).topic() + ": " + created
							+ " new deliveries");
				}
			}
			catch (RuntimeException ex) {
				throw new BatchListenerFailedException("Could not store the deliveries of " + events.size() + " events", ex,
						0);
			}
		}
		if (invalid != null) {
			throw new BatchListenerFailedException(invalid.getMessage(), invalid, events.size());
		}
	}

	private static MilestoneEvent validated(ConsumerRecord<String, MilestoneEvent> record) {
		MilestoneEvent event = record.value();
		DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
				SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, null);
		if (unreadable != null) {
			throw new InvalidMilestoneEventException("Unreadable record at " + record.topic() + "-" + record.partition()
					+ "@" + record.offset() + ": " + unreadable.getMessage(), unreadable);
		}
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
