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
		// Reactor Netty 1.3.7 can stop reading a keep-alive connection whose next request arrives
		// before the previous exchange has wound down: that request is never answered
		// (reactor/reactor-netty#4361). Flushing the last write after the read closes the window.
		System.setProperty("reactor.netty.http.server.lastFlushWhenNoRead", "true");
		SpringApplication.run(ExtractionServiceApplication.class, args);
	}

}
