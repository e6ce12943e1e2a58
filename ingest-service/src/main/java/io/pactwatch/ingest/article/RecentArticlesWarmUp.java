package io.pactwatch.ingest.article;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.pactwatch.schemas.Article;
import io.pactwatch.schemas.AvroSerde;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the latest records of {@code articles.raw.v1} into {@link RecentArticles} (and
 * {@link Stories}) at
 * start-up, so that an article published just before a restart is still recognised as a
 * duplicate. Best effort: a missing topic or an unreachable broker leaves the memory
 * empty and the service starts anyway.
 */
class RecentArticlesWarmUp {

	private static final Logger logger = LoggerFactory.getLogger(RecentArticlesWarmUp.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final Map<String, Object> consumerProperties;

	private final String topic;

	RecentArticlesWarmUp(Map<String, Object> consumerProperties, String topic) {
		this.consumerProperties = new HashMap<>(consumerProperties);
		this.consumerProperties.remove(ConsumerConfig.GROUP_ID_CONFIG);
		this.consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		// asking for the metadata of a topic that does not exist yet must not create it with broker defaults
		this.consumerProperties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		this.consumerProperties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
		this.topic = topic;
	}

	void readInto(RecentArticles recentArticles, int maxRecords) {
		readInto((article) -> recentArticles.remember(article.getId(), article.getContentHash()), maxRecords);
	}

	/** Hands each readable record of the topic's tail to {@code sink}, oldest first per partition. */
	void readInto(Consumer<Article> sink, int maxRecords) {
		if (maxRecords <= 0) {
			return;
		}
		AvroSerde<Article> serde = AvroSerde.of(Article.class);
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(this.consumerProperties,
				new StringDeserializer(), new ByteArrayDeserializer())) {
			List<PartitionInfo> partitions = consumer.partitionsFor(this.topic, TIMEOUT);
			if (partitions == null || partitions.isEmpty()) {
				return;
			}
			List<TopicPartition> assigned = partitions.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(assigned);
			Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, TIMEOUT);
			Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(assigned, TIMEOUT);
			long perPartition = Math.max(1, maxRecords / assigned.size());
			for (TopicPartition partition : assigned) {
				consumer.seek(partition, Math.max(beginnings.get(partition), ends.get(partition) - perPartition));
			}
			int read = 0;
			while (!caughtUp(consumer, ends) && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					rememberIfReadable(sink, serde, record);
					read++;
				}
			}
			logger.info("Remembered {} recent articles from {}", read, this.topic);
		}
		catch (KafkaException ex) {
			logger.warn("Could not read recent articles from {} ({}); duplicates published just before this start "
					+ "will be published again and de-duplicated downstream", this.topic, ex.getMessage());
		}
	}

	private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
		return ends.entrySet().stream().allMatch((end) -> consumer.position(end.getKey()) >= end.getValue());
	}

	private static void rememberIfReadable(Consumer<Article> sink, AvroSerde<Article> serde,
			ConsumerRecord<String, byte[]> record) {
		try {
			Article article = serde.deserialize(record.topic(), record.value());
			if (article != null) {
				sink.accept(article);
			}
		}
		catch (RuntimeException unreadable) {
			// a corrupt record is extraction-service's dead letter to deal with, not ours
		}
	}

}
