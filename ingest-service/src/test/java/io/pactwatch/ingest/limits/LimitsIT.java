package io.pactwatch.ingest.limits;

import java.util.Map;
import java.util.UUID;

import io.pactwatch.ingest.support.IngestServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IngestServiceTest
class LimitsIT {

	@Autowired
	private WebTestClient client;

	@Test
	void anUnknownKeyIsUnauthorized() {
		post(Map.of("title", "T", "body", "B"), "wrong-key").expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The API key is not known.");
	}

	@Test
	void aKeyIsAlsoTakenAsABearerToken() {
		this.client.post()
			.uri("/api/articles")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer test-key")
			.bodyValue(Map.of("title", "Bearer " + UUID.randomUUID(), "body", "Text."))
			.exchange()
			.expectStatus()
			.isAccepted();
	}

	@Test
	void aClientOverItsRateGets429WithRetryAfterWhileOthersGoOn() {
		post(Map.of("title", "Slow 1 " + UUID.randomUUID(), "body", "Text."), "slow-key").expectStatus().isAccepted();
		post(Map.of("title", "Slow 2 " + UUID.randomUUID(), "body", "Text."), "slow-key").expectStatus().isAccepted();

		post(Map.of("title", "Slow 3 " + UUID.randomUUID(), "body", "Text."), "slow-key").expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists("Retry-After")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Too many requests");
		post(Map.of("title", "Other " + UUID.randomUUID(), "body", "Text."), "test-key").expectStatus().isAccepted();
	}

	@Test
	void articlesAreCountedByOutcomeAndSource() {
		String source = "Metrics Wire " + UUID.randomUUID();
		Map<String, String> article = Map.of("source", source, "title", "Counted " + UUID.randomUUID(), "body", "Text.");
		post(article, null).expectStatus().isAccepted();
		post(article, null).expectStatus().isAccepted();
		post(Map.of("source", source, "title", "No body"), null).expectStatus().isBadRequest();

		String tag = "source:" + source.toLowerCase();
		assertThat(count(tag, "outcome:accepted")).isEqualTo(1.0);
		assertThat(count(tag, "outcome:duplicate")).isEqualTo(1.0);
		assertThat(count(tag, "outcome:rejected")).isEqualTo(1.0);
	}

	private double count(String... tags) {
		Map<?, ?> metric = this.client.get()
			.uri((uri) -> uri.path("/actuator/metrics/pactwatch.ingest.articles").queryParam("tag", (Object[]) tags).build())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		Map<?, ?> measurement = (Map<?, ?>) ((java.util.List<?>) metric.get("measurements")).get(0);
		return ((Number) measurement.get("value")).doubleValue();
	}

	private WebTestClient.ResponseSpec post(Map<String, String> article, String apiKey) {
		WebTestClient.RequestBodySpec request = this.client.post()
			.uri("/api/articles")
			.contentType(MediaType.APPLICATION_JSON);
		if (apiKey != null) {
			request.header("X-API-Key", apiKey);
		}
		return request.bodyValue(article).exchange();
	}

}
