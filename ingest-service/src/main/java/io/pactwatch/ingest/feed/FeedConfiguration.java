package io.pactwatch.ingest.feed;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.pactwatch.ingest.fetch.PageFetcher;
import io.pactwatch.ingest.page.PageReader;
import io.pactwatch.schemas.AvroSerde;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

@Configuration(proxyBeanMethods = false)
class FeedConfiguration {

	@Bean
	NewTopic feedSourcesTopic(FeedProperties properties) {
		return TopicBuilder.name(properties.topic())
			.partitions(1)
			.replicas(properties.replicationFactor())
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
			.build();
	}

	/**
	 * Feed state is JSON, not an event contract: a producer of strings beside the Avro one,
	 * not a bean, so that Spring Boot's own template for articles stays.
	 */
	private static KafkaTemplate<String, String> feedStateTemplate(KafkaProperties kafkaProperties) {
		Map<String, Object> producer = new HashMap<>(kafkaProperties.buildProducerProperties());
		producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		producer.remove(AvroSerde.VALUE_TYPE_CONFIG);
		producer.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
		return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
	}

	/** The feeds as the topic left them, with the configured ones added or updated (in memory until polled). */
	@Bean
	FeedStore feedStore(JsonMapper jsonMapper, FeedProperties properties, KafkaProperties kafkaProperties,
			Clock clock) {
		FeedStore store = new FeedStore(feedStateTemplate(kafkaProperties), jsonMapper, properties.topic());
		store.load(kafkaProperties.buildConsumerProperties());
		Set<String> configured = properties.sources()
			.stream()
			.map((source) -> FeedIds.idFor(source.url()))
			.collect(Collectors.toSet());
		for (FeedProperties.Configured source : properties.sources()) {
			String id = FeedIds.idFor(source.url());
			long interval = FeedIds.intervalSeconds(source.interval(), properties);
			FeedSource known = store.get(id).orElse(null);
			store.putLocally((known != null) ? known.withDefinition(source.name(), interval)
					: FeedSource.create(id, source.name(), source.url(), FeedSource.Origin.CONFIG, interval,
							clock.instant()));
		}
		store.all()
			.stream()
			.filter((source) -> source.origin() == FeedSource.Origin.CONFIG && !configured.contains(source.id()))
			.map(FeedSource::id)
			.toList()
			.forEach((removed) -> store.delete(removed).subscribe());
		return store;
	}

	@Bean
	FeedPoller feedPoller(FeedStore store, PageFetcher fetcher, PageReader reader, FeedProperties properties,
			Clock clock) {
		return new FeedPoller(store, fetcher, reader, properties, clock);
	}

}
