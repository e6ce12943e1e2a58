package io.pactwatch.ingest.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The whole service on a random port against the embedded broker, with small limits that
 * tests can reach, loopback allowed as a fetch target (the tests' HTTP servers), and two
 * API keys: {@code test-key} without a limit and {@code slow-key} with a bucket of two. One
 * set of properties for every IT, so that they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"pactwatch.ingest.max-body-size=16KB", "pactwatch.ingest.bulk.max-line-size=16KB",
				"pactwatch.ingest.api.anonymous.articles-per-second=0",
				"pactwatch.ingest.api.keys[0].name=test", "pactwatch.ingest.api.keys[0].key=test-key",
				"pactwatch.ingest.api.keys[0].limit.articles-per-second=0",
				"pactwatch.ingest.api.keys[1].name=slow", "pactwatch.ingest.api.keys[1].key=slow-key",
				"pactwatch.ingest.api.keys[1].limit.articles-per-second=0.001",
				"pactwatch.ingest.api.keys[1].limit.burst=2",
				"pactwatch.ingest.api.keys[2].name=throttled", "pactwatch.ingest.api.keys[2].key=throttled-key",
				"pactwatch.ingest.api.keys[2].limit.articles-per-second=20",
				"pactwatch.ingest.api.keys[2].limit.burst=1",
				"pactwatch.ingest.fetch.allow-list=127.0.0.1", "pactwatch.ingest.fetch.timeout=2s",
				"pactwatch.ingest.fetch.max-size=64KB", "pactwatch.ingest.feeds.tick=100ms",
				"pactwatch.ingest.feeds.min-interval=1s", "pactwatch.ingest.feeds.initial-backoff=1m" })
@AutoConfigureWebTestClient
public @interface IngestServiceTest {

}
