package io.pactwatch.extraction.pipeline;

import io.pactwatch.extraction.extractor.MilestoneExtractor;
import io.pactwatch.schemas.Topics;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

	@Bean
	MilestoneExtractor milestoneExtractor() {
		return MilestoneExtractor.createDefault();
	}

	@Bean
	KStream<String, SpecificRecord> extractionPipeline(StreamsBuilder streamsBuilder, MilestoneExtractor extractor,
			ExtractionProperties properties) {
		return ExtractionTopology.build(streamsBuilder, new MentionFactory(extractor), properties.identityWindow());
	}

	/** The topics this service reads and writes, created if missing (Kafka Streams will not create its sources). */
	@Bean
	KafkaAdmin.NewTopics pipelineTopics(ExtractionProperties properties) {
		return new KafkaAdmin.NewTopics(topic(Topics.ARTICLES_RAW, properties).build(),
				topic(Topics.AGREEMENT_MENTIONS, properties).build(),
				topic(Topics.AGREEMENT_MILESTONES, properties).build(),
				topic(Topics.AGREEMENT_STATE, properties).compact()
					.config(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, "0")
					.build(),
				TopicBuilder.name(Topics.deadLetter(Topics.ARTICLES_RAW))
					.partitions(1)
					.replicas(properties.replicationFactor())
					.build());
	}

	private static TopicBuilder topic(String name, ExtractionProperties properties) {
		return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicationFactor());
	}

}
