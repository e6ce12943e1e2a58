package io.pactwatch.ingest.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.pactwatch.schemas.Article;
import io.pactwatch.schemas.AvroSerde;
import io.pactwatch.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.awaitility.Awaitility;

/** Reads {@code articles.raw.v1} from the start, for a test to wait for what it published. */
public final class PublishedArticles implements AutoCloseable {

	private final KafkaConsumer<String, Article> consumer;

	private final List<Article> read = new ArrayList<>();

	public PublishedArticles(String brokers) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest"), new StringDeserializer(), AvroSerde.of(Article.class));
		this.consumer.subscribe(List.of(Topics.ARTICLES_RAW));
	}

	/** Waits until at least {@code count} records match, and answers all that matched so far. */
	public List<Article> await(Predicate<Article> matching, int count) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			poll();
			return matching(matching).size() >= count;
		});
		return matching(matching);
	}

	public List<Article> await(String id, int count) {
		return await((article) -> id.equals(article.getId()), count);
	}

	/** What matched among the records read so far, after reading what is there now. */
	public List<Article> matching(Predicate<Article> matching) {
		return this.read.stream().filter(matching).toList();
	}

	public void poll() {
		this.consumer.poll(Duration.ofMillis(200)).forEach((record) -> this.read.add(record.value()));
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
