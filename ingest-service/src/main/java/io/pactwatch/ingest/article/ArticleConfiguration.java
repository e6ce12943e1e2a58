package io.pactwatch.ingest.article;

import java.time.Clock;

import io.pactwatch.schemas.Topics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class ArticleConfiguration {

	@Bean
	NewTopic articlesRawTopic(IngestProperties properties) {
		return TopicBuilder.name(Topics.ARTICLES_RAW)
			.partitions(properties.partitions())
			.replicas(properties.replicationFactor())
			.build();
	}

	@Bean
	RecentArticles recentArticles(IngestProperties properties, KafkaProperties kafkaProperties) {
		RecentArticles recentArticles = new RecentArticles(properties.dedupe().capacity());
		new RecentArticlesWarmUp(kafkaProperties.buildConsumerProperties(), Topics.ARTICLES_RAW)
			.readInto(recentArticles, properties.dedupe().warmUpRecords());
		return recentArticles;
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
