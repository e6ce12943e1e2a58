package io.pactwatch.alert;

import java.time.Clock;

import io.pactwatch.schemas.TrustedSchemas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * alert-service: webhook subscriptions, matching of {@code agreement.milestones.v1} events
 * against them, and durable delivery (PostgreSQL outbox, retries, delivery log).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AlertServiceApplication {

	public static void main(String[] args) {
		TrustedSchemas.register();
		// Reactor Netty 1.3.7 can stop reading a keep-alive connection whose next request arrives
		// before the previous exchange has wound down: that request is never answered
		// (reactor/reactor-netty#4361). Flushing the last write after the read closes the window.
		System.setProperty("reactor.netty.http.server.lastFlushWhenNoRead", "true");
		SpringApplication.run(AlertServiceApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
