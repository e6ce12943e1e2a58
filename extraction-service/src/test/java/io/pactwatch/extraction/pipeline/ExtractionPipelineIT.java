package io.pactwatch.extraction.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pactwatch.schemas.Article;
import io.pactwatch.schemas.AvroSerde;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneMention;
import io.pactwatch.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * extraction-service against a real broker with the real extractor: articles in,
 * mentions and one event per transition out, and a corrupt record set aside.
 */
@SpringBootTest(properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
class ExtractionPipelineIT {

	@TempDir
	static Path stateDir;

	@Value("${spring.embedded.kafka.brokers}")
	private String brokers;

	@DynamicPropertySource
	static void stateDirectory(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.streams.state-dir", () -> stateDir.toString());
	}

	@Test
	void aScheduledSigningThenItsReportsYieldTwoEventsAndACorruptRecordIsSetAside() throws Exception {
		Article scheduled = article("Norway and Iceland to sign fisheries pact",
				"Norway and Iceland will sign a fisheries agreement in Reykjavik next week, "
						+ "the Norwegian foreign ministry said on Friday.",
				"2019-03-01T10:00:00Z", "North Sea Post");
		Article signed = article("Norway and Iceland sign fisheries pact",
				"Norway and Iceland signed a fisheries agreement in Reykjavik on Monday, "
						+ "ending a decade of disputes over mackerel quotas.",
				"2019-03-05T10:00:00Z", "North Sea Post");
		Article signedElsewhere = article("Iceland, Norway seal mackerel deal",
				"Iceland and Norway signed a deal on Monday that settles their quarrel over fishing quotas, "
						+ "Icelandic officials said.",
				"2019-03-05T14:00:00Z", "Nordic Wire");

		List<MilestoneEvent> events = new ArrayList<>();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers), new StringSerializer(),
				new ByteArraySerializer());
				KafkaConsumer<String, MilestoneEvent> consumer = consumer(AvroSerde.of(MilestoneEvent.class))) {
			consumer.subscribe(List.of(Topics.AGREEMENT_MILESTONES));
			// news arrives days apart: articles on different partitions are not read in the order they were sent
			publish(producer, scheduled);
			awaitSignings(consumer, events, 1);
			publish(producer, signed);
			publish(producer, signed);
			publish(producer, signedElsewhere);
			producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, "corrupt", "<html>not avro</html>".getBytes()))
				.get();
			awaitSignings(consumer, events, 2);
			// a wrongly repeated signing event would arrive within the next commit intervals
			await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> events.add(record.value()));
				return true;
			});
		}
		assertThat(events).filteredOn(this::isNorwayIcelandSigning)
			.extracting((event) -> event.getStatus().name())
			.containsExactly("EXPECTED", "OCCURRED");

		try (KafkaConsumer<String, MilestoneMention> consumer = consumer(AvroSerde.of(MilestoneMention.class))) {
			consumer.subscribe(List.of(Topics.AGREEMENT_MENTIONS));
			List<ConsumerRecord<String, MilestoneMention>> mentions = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(mentions::add);
				return mentions.stream().anyMatch((record) -> record.value().getArticleId().equals(signedElsewhere.getId()));
			});
			assertThat(mentions).allSatisfy((record) -> assertThat(record.key()).isEqualTo(record.value().getAgreementId()));
			assertThat(mentions).filteredOn((record) -> record.value().getArticleId().equals(signed.getId()))
				.as("the article delivered twice was read once")
				.extracting((record) -> record.value().getMilestone() + "/" + record.value().getStatus())
				.doesNotHaveDuplicates();
		}

		try (KafkaConsumer<String, byte[]> consumer = consumer(new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(Topics.deadLetter(Topics.ARTICLES_RAW)));
			List<String> deadLetters = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> deadLetters.add(new String(record.value())));
				return deadLetters.contains("<html>not avro</html>");
			});
		}
	}

	private static void publish(KafkaProducer<String, byte[]> producer, Article article) throws Exception {
		producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, article.getId(),
				AvroSerde.of(Article.class).serialize(Topics.ARTICLES_RAW, article)))
			.get();
	}

	private void awaitSignings(KafkaConsumer<String, MilestoneEvent> consumer, List<MilestoneEvent> events, int count) {
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			consumer.poll(Duration.ofMillis(200)).forEach((record) -> events.add(record.value()));
			return events.stream().filter(this::isNorwayIcelandSigning).count() >= count;
		});
	}

	private boolean isNorwayIcelandSigning(MilestoneEvent event) {
		return event.getParties().equals(List.of("ISL", "NOR")) && event.getMilestone().name().equals("SIGNED");
	}

	private <V> KafkaConsumer<String, V> consumer(Deserializer<V> values) {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), values);
	}

	private static Article article(String title, String body, String publishedAt, String source) {
		String id = "a-" + UUID.randomUUID();
		return Article.newBuilder()
			.setId(id)
			.setSource(source)
			.setTitle(title)
			.setBody(body)
			.setLanguage("en")
			.setPublishedAt(Instant.parse(publishedAt))
			.setReceivedAt(Instant.parse(publishedAt).plusSeconds(30))
			.setContentHash("hash-" + id)
			.build();
	}

}
