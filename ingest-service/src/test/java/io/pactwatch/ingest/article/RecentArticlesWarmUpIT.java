package io.pactwatch.ingest.article;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.pactwatch.schemas.Article;
import io.pactwatch.schemas.AvroSerde;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** After a restart, an article published just before it is still a duplicate. */
class RecentArticlesWarmUpIT {

	private final String brokers = System.getProperty("spring.embedded.kafka.brokers");

	@Test
	void remembersTheArticlesAlreadyOnTheTopicAndSkipsCorruptRecords() throws Exception {
		String topic = "warm-up-" + UUID.randomUUID();
		Article published = Article.newBuilder()
			.setId("a-published")
			.setTitle("Pact")
			.setBody("Text")
			.setReceivedAt(Instant.now())
			.setContentHash("hash-1")
			.build();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers), new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(topic, "corrupt", "not avro".getBytes())).get();
			producer.send(new ProducerRecord<>(topic, published.getId(),
					AvroSerde.of(Article.class).serialize(topic, published)))
				.get();
		}
		RecentArticles recent = new RecentArticles(100);

		new RecentArticlesWarmUp(Map.of("bootstrap.servers", this.brokers), topic).readInto(recent, 1000);

		assertThat(recent.claim("a-published", "hash-1", new CompletableFuture<>())).isPresent();
		assertThat(recent.claim("a-other", "hash-1", new CompletableFuture<>())).isEmpty();
	}

	@Test
	void aTopicThatDoesNotExistYetLeavesTheMemoryEmptyAndIsNotCreated() throws Exception {
		RecentArticles recent = new RecentArticles(100);
		String topic = "missing-" + UUID.randomUUID();

		new RecentArticlesWarmUp(Map.of("bootstrap.servers", this.brokers), topic).readInto(recent, 1000);

		assertThat(recent.size()).isZero();
		try (Admin admin = Admin.create(Map.of("bootstrap.servers", this.brokers))) {
			assertThat(admin.listTopics().names().get()).doesNotContain(topic);
		}
	}

}
