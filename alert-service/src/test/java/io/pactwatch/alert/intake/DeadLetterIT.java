package io.pactwatch.alert.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.pactwatch.alert.support.AlertServiceTest;
import io.pactwatch.alert.support.MilestoneEvents;
import io.pactwatch.alert.support.SubscriptionsApi;
import io.pactwatch.alert.support.WebhookReceiver;
import io.pactwatch.schemas.AvroSerde;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneStatus;
import io.pactwatch.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Records the listener cannot use go to agreement.milestones.v1.DLT; consumption goes on. */
@AlertServiceTest
class DeadLetterIT {

	private static final WebhookReceiver receiver = new WebhookReceiver();

	private static KafkaConsumer<String, byte[]> deadLetters;

	private static final List<ConsumerRecord<String, byte[]>> seen = new CopyOnWriteArrayList<>();

	@Autowired
	private WebTestClient client;

	@BeforeAll
	static void subscribeToDeadLetters() {
		deadLetters = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, MilestoneEvents.brokers(),
				ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-it-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
		deadLetters.subscribe(List.of(Topics.deadLetter(Topics.AGREEMENT_MILESTONES)));
	}

	@AfterAll
	static void close() {
		deadLetters.close();
		receiver.close();
	}

	@Test
	void corruptRecordIsDeadLetteredAndTheNextEventStillDelivered() {
		String agreement = "agr-corrupt-" + UUID.randomUUID();
		byte[] garbage = "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8);

		MilestoneEvents.publishRaw(agreement, garbage);

		ConsumerRecord<String, byte[]> dead = awaitDeadLetter(agreement);
		assertThat(dead.value()).isEqualTo(garbage);
		assertThat(header(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.AGREEMENT_MILESTONES);
		assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_STACKTRACE)).contains("Not an Avro single-object encoded");

		String party = "DLT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		new SubscriptionsApi(this.client).create(receiver.url("/after-corrupt"), List.of(party));
		MilestoneEvents.publish(MilestoneEvents.event(agreement, List.of(party), Milestone.SIGNED, MilestoneStatus.OCCURRED));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(receiver.received("/after-corrupt")).hasSize(1));
	}

	@Test
	void invalidEventIsDeadLetteredAsItWasWritten() {
		String agreement = "agr-invalid-" + UUID.randomUUID();
		MilestoneEvent event = MilestoneEvents.event(agreement, List.of("CHN"), Milestone.SIGNED, MilestoneStatus.OCCURRED);
		event.setEventId("x".repeat(MilestoneListener.MAX_ID + 1));

		MilestoneEvents.publish(event);

		ConsumerRecord<String, byte[]> dead = awaitDeadLetter(agreement);
		assertThat(AvroSerde.of(MilestoneEvent.class).deserialize(dead.topic(), dead.value())).isEqualTo(event);
		assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN)).endsWith("InvalidMilestoneEventException");
	}

	private ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			deadLetters.poll(Duration.ofMillis(200)).forEach(seen::add);
			return seen.stream().anyMatch((record) -> key.equals(record.key()));
		});
		return seen.stream().filter((record) -> key.equals(record.key())).findFirst().orElseThrow();
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
