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
	RecentArticles recentArticles(IngestProperties properties) {
		return new RecentArticles(properties.dedupe().capacity());
	}

	/** The stories, and the recent articles, as the topic's tail left them before this start. */
	@Bean
	Stories stories(IngestProperties properties, RecentArticles recentArticles, KafkaProperties kafkaProperties) {
		IngestProperties.Stories settings = properties.stories();
		Stories stories = new Stories(settings.capacity(), settings.minWords(), settings.similarity());
		new RecentArticlesWarmUp(kafkaProperties.buildConsumerProperties(), Topics.ARTICLES_RAW)
			.readInto((article) -> {
				recentArticles.remember(article.getId(), article.getContentHash());
				stories.remember(article);
			}, properties.dedupe().warmUpRecords());
		return stories;
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
