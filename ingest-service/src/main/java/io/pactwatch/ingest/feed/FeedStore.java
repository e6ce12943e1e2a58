package io.pactwatch.ingest.feed;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.pactwatch.ingest.kafka.TopicReader;
import io.pactwatch.ingest.kafka.TopicReader.Start;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
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
		try {
			new TopicReader(consumerProperties, TIMEOUT).read(this.topic, new StringDeserializer(), Start.beginning(),
					this::apply);
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

}
