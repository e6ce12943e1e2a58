package io.pactwatch.ingest.feed;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The feeds and their fetch state: in memory, and on the compacted topic
 * {@code ingest.sources.v1} (JSON values keyed by feed id, a tombstone for a removed feed),
 * read back from its start when the service starts. Kafka is the only state ingest-service
 * keeps. A change is in memory at once and acknowledged by the broker before
 * {@link #save} completes.
 */
class FeedStore implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(FeedStore.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final KafkaTemplate<String, String> template;

	private final JsonMapper jsonMapper;

	private final String topic;

	private final ConcurrentMap<String, FeedSource> sources = new ConcurrentHashMap<>();

	FeedStore(KafkaTemplate<String, String> template, JsonMapper jsonMapper, String topic) {
		this.template = template;
		this.jsonMapper = jsonMapper;
		this.topic = topic;
	}

	@Override
	public void destroy() {
		if (this.template.getProducerFactory() instanceof DisposableBean producers) {
			try {
				producers.destroy();
			}
			catch (Exception ex) {
				logger.debug("Closing the feed state producer failed", ex);
			}
		}
	}

	Collection<FeedSource> all() {
		return this.sources.values();
	}

	Optional<FeedSource> get(String id) {
		return Optional.ofNullable(this.sources.get(id));
	}

	/** Keeps a feed in memory only; the first save after it (its first poll) writes it. */
	void putLocally(FeedSource source) {
		this.sources.put(source.id(), source);
	}

	Mono<FeedSource> save(FeedSource source) {
		this.sources.put(source.id(), source);
		return send(source.id(), this.jsonMapper.writeValueAsString(source)).thenReturn(source);
	}

	Mono<Void> delete(String id) {
		this.sources.remove(id);
		return send(id, null);
	}

	private Mono<Void> send(String id, String value) {
		return Mono.defer(() -> Mono.fromFuture(this.template.send(this.topic, id, value), true)).then();
	}

	/** Reads the topic from its start: the latest record of each feed wins, a tombstone removes it. */
	void load(Map<String, Object> consumerProperties) {
		Map<String, Object> properties = new HashMap<>(consumerProperties);
		properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer())) {
			List<PartitionInfo> partitions = consumer.partitionsFor(this.topic, TIMEOUT);
			if (partitions == null || partitions.isEmpty()) {
				return;
			}
			List<TopicPartition> assigned = partitions.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(assigned);
			consumer.seekToBeginning(assigned);
			Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, TIMEOUT);
			while (!caughtUp(consumer, ends) && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					apply(record);
				}
			}
			logger.info("Read {} feeds from {}", this.sources.size(), this.topic);
		}
		catch (KafkaException ex) {
			logger.warn("Could not read the feeds from {} ({}); starting with the configured ones only", this.topic,
					ex.getMessage());
		}
	}

	private void apply(ConsumerRecord<String, String> record) {
		if (record.key() == null) {
			return;
		}
		if (record.value() == null) {
			this.sources.remove(record.key());
			return;
		}
		try {
			this.sources.put(record.key(), this.jsonMapper.readValue(record.value(), FeedSource.class));
		}
		catch (JacksonException ex) {
			logger.warn("Skipping an unreadable feed record {}: {}", record.key(), ex.getOriginalMessage());
		}
	}

	private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
		return ends.entrySet().stream().allMatch((end) -> consumer.position(end.getKey()) >= end.getValue());
	}

}
