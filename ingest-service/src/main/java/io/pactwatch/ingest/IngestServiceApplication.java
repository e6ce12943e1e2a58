package io.pactwatch.ingest;

import io.pactwatch.schemas.TrustedSchemas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Article intake: takes articles over HTTP, validates and de-duplicates them, and
 * publishes each new one to {@code articles.raw.v1}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestServiceApplication {

	public static void main(String[] args) {
		TrustedSchemas.register();
		SpringApplication.run(IngestServiceApplication.class, args);
	}

}
