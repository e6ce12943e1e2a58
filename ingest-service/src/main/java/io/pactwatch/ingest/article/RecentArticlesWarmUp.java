package io.pactwatch.ingest.article;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import io.pactwatch.ingest.kafka.TopicReader;
import io.pactwatch.ingest.kafka.TopicReader.Start;
import io.pactwatch.schemas.Article;
import io.pactwatch.schemas.AvroSerde;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
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

	private final TopicReader reader;

	private final String topic;

	RecentArticlesWarmUp(Map<String, Object> consumerProperties, String topic) {
		this.reader = new TopicReader(consumerProperties, Duration.ofSeconds(10));
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
		try {
			int read = this.reader.read(this.topic, new ByteArrayDeserializer(), Start.last(maxRecords),
					(record) -> rememberIfReadable(sink, serde, record));
			logger.info("Remembered {} recent articles from {}", read, this.topic);
		}
		catch (KafkaException ex) {
			logger.warn("Could not read recent articles from {} ({}); duplicates published just before this start "
					+ "will be published again and de-duplicated downstream", this.topic, ex.getMessage());
		}
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
