package io.pactwatch.extraction;

import io.pactwatch.schemas.TrustedSchemas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.kafka.annotation.EnableKafkaStreams;

/**
 * Reads articles from {@code articles.raw.v1}, extracts agreement milestones and keeps
 * each agreement's lifecycle, publishing the {@code agreement.*} topics.
 */
@SpringBootApplication
@EnableKafkaStreams
@ConfigurationPropertiesScan
public class ExtractionServiceApplication {

	public static void main(String[] args) {
		TrustedSchemas.register();
		SpringApplication.run(ExtractionServiceApplication.class, args);
	}

}
