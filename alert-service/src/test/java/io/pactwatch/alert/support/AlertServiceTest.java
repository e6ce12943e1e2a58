package io.pactwatch.alert.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on real parts: the run's global embedded Kafka broker, the JVM's
 * embedded PostgreSQL, a random port, and a retry schedule compressed to fractions of a
 * second, GreenMail as the SMTP server; webhooks may reach 127.0.0.1 (only that loopback address: 127.0.0.2 stays refused).
 * Every test class that uses it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"pactwatch.alert.delivery.retry-schedule=0s,200ms,200ms", "pactwatch.alert.delivery.poll-interval=100ms",
				"pactwatch.alert.delivery.request-timeout=2s", "pactwatch.alert.delivery.lease=10s",
				"pactwatch.alert.intake.initial-back-off=100ms", "pactwatch.alert.intake.max-back-off=500ms",
				"pactwatch.alert.intake.max-retries=3", "pactwatch.alert.tenancy.admin-key=" + SubscriptionsApi.ADMIN_KEY,
				"pactwatch.alert.webhook.allow-list=127.0.0.1", "pactwatch.alert.email.poll-interval=200ms" })
@ContextConfiguration(initializers = { EmbeddedPostgresInitializer.class, GreenMailInitializer.class })
// generous for a loaded 2-core CI machine; a request left unanswered prints a thread dump
@AutoConfigureWebTestClient(timeout = "20s")
@ExtendWith(ThreadDumpOnTimeout.class)
public @interface AlertServiceTest {

}
