package io.pactwatch.ingest.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The feeds and their fetch state survive a restart: a new store reads them back from the compacted topic. */
class FeedStoreIT {

	private final String brokers = System.getProperty("spring.embedded.kafka.brokers");

	private final String topic = "sources-" + UUID.randomUUID();

	private final DefaultKafkaProducerFactory<String, String> producers = new DefaultKafkaProducerFactory<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
					StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));

	private final JsonMapper json = JsonMapper.builder().build();

	@AfterEach
	void close() {
		this.producers.destroy();
	}

	@Test
	void aRestartedStoreKnowsTheFeedsTheirValidatorsAndSeenEntriesButNotTheRemovedOnes() throws Exception {
		try (Admin admin = Admin.create(Map.of("bootstrap.servers", this.brokers))) {
			admin.createTopics(List.of(new NewTopic(this.topic, 1, (short) 1))).all().get();
		}
		FeedStore before = new FeedStore(new KafkaTemplate<>(this.producers), this.json, this.topic);
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		FeedSource kept = FeedSource.create("f-kept", "Wire", "https://wire.example/rss", FeedSource.Origin.API, 900, now)
			.polled(now, "FETCHED", "\"v7\"", "Thu, 01 Jan 2026 00:00:00 GMT", 2, List.of("entry-1", "entry-2"));
		before.save(FeedSource.create("f-gone", null, "https://gone.example/rss", FeedSource.Origin.API, 900, now)).block();
		before.save(kept).block();
		before.delete("f-gone").block();

		FeedStore after = new FeedStore(new KafkaTemplate<>(this.producers), this.json, this.topic);
		after.load(Map.of("bootstrap.servers", this.brokers));

		assertThat(after.all()).containsExactly(kept);
		assertThat(after.get("f-kept").orElseThrow().etag()).isEqualTo("\"v7\"");
		assertThat(after.get("f-kept").orElseThrow().seen()).containsExactly("entry-1", "entry-2");
	}

}
