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
		// Reactor Netty 1.3.7 can stop reading a keep-alive connection whose next request arrives
		// before the previous exchange has wound down: that request is never answered
		// (reactor/reactor-netty#4361). Flushing the last write after the read closes the window.
		System.setProperty("reactor.netty.http.server.lastFlushWhenNoRead", "true");
		SpringApplication.run(IngestServiceApplication.class, args);
	}

}
