package io.pactwatch.alert.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pactwatch.schemas.AvroSerde;
import io.pactwatch.schemas.DatePrecision;
import io.pactwatch.schemas.Domain;
import io.pactwatch.schemas.Instrument;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneStatus;
import io.pactwatch.schemas.PartialDate;
import io.pactwatch.schemas.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Builds milestone events and publishes them (or raw bytes) to the embedded broker. */
public final class MilestoneEvents {

	private MilestoneEvents() {
	}

	public static MilestoneEvent event(String agreementId, List<String> parties, Milestone milestone,
			MilestoneStatus status) {
		return MilestoneEvent.newBuilder()
			.setEventId("evt-" + UUID.randomUUID())
			.setAgreementId(agreementId)
			.setParties(parties)
			.setMilestone(milestone)
			.setStatus(status)
			.setPreviousStatus(MilestoneStatus.EXPECTED)
			.setInstrument(Instrument.AGREEMENT)
			.setDomain(Domain.SPACE)
			.setAgreementTitle("space cooperation pact")
			.setDate(PartialDate.newBuilder().setValue("2017-10").setPrecision(DatePrecision.MONTH).build())
			.setEvidence("The two sides signed the pact on Tuesday.")
			.setFirstSeenArticleId("art-1")
			.setFirstSeenArticleUrl("https://news.example/space-pact")
			.setFirstSeenSource("Example News")
			.setSupportingArticleIds(List.of("art-1", "art-2"))
			.setConfidence(0.87)
			.setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
			.build();
	}

	public static void publish(MilestoneEvent... events) {
		try (KafkaProducer<String, MilestoneEvent> producer = new KafkaProducer<>(producerConfig(),
				new StringSerializer(), AvroSerde.of(MilestoneEvent.class))) {
			for (MilestoneEvent event : events) {
				producer.send(new ProducerRecord<>(Topics.AGREEMENT_MILESTONES, event.getAgreementId(), event));
			}
			producer.flush();
		}
	}

	/** Publishes to another topic (of instances that a test started itself). */
	public static void publishTo(String topic, List<MilestoneEvent> events) {
		try (KafkaProducer<String, MilestoneEvent> producer = new KafkaProducer<>(producerConfig(),
				new StringSerializer(), AvroSerde.of(MilestoneEvent.class))) {
			for (MilestoneEvent event : events) {
				producer.send(new ProducerRecord<>(topic, event.getAgreementId(), event));
			}
			producer.flush();
		}
	}

	public static void publishRaw(String key, byte[] value) {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(Topics.AGREEMENT_MILESTONES, key, value));
			producer.flush();
		}
	}

	public static String brokers() {
		return System.getProperty("spring.embedded.kafka.brokers");
	}

	private static Map<String, Object> producerConfig() {
		return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers(), ProducerConfig.ACKS_CONFIG, "all");
	}

}
