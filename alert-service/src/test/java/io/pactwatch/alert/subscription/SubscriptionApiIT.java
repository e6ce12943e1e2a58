package io.pactwatch.alert.subscription;

import java.util.List;
import java.util.Map;

import io.pactwatch.alert.support.AlertServiceTest;
import io.pactwatch.alert.support.SubscriptionsApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@AlertServiceTest
class SubscriptionApiIT {

	private static final String VALID = """
			{"name": "CHN-RUS signings", "webhook": {"url": "http://127.0.0.1:8099/hook"},
			 "filter": {"parties": ["CHN", "rus"], "milestones": ["SIGNED"], "statuses": ["OCCURRED"]}}
			""";

	@Autowired
	private WebTestClient anonymous;

	private SubscriptionsApi api;

	private WebTestClient client;

	@BeforeEach
	void tenant() {
		this.api = new SubscriptionsApi(this.anonymous);
		this.client = this.api.client();
	}

	@Test
	void createsSubscriptionWithSecretAndLocation() {
		this.client.post()
			.uri("/api/subscriptions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(VALID)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.value("Location", (location) -> assertThat(location).matches(".*/api/subscriptions/[0-9a-f-]{36}"))
			.expectBody()
			.jsonPath("$.id").isNotEmpty()
			.jsonPath("$.name").isEqualTo("CHN-RUS signings")
			.jsonPath("$.webhook.url").isEqualTo("http://127.0.0.1:8099/hook")
			.jsonPath("$.webhook.secret").value(String.class, (secret) -> assertThat(secret).startsWith("whsec_").hasSize(50))
			.jsonPath("$.filter.parties").isEqualTo(List.of("CHN", "RUS"))
			.jsonPath("$.filter.milestones[0]").isEqualTo("SIGNED")
			.jsonPath("$.filter.statuses[0]").isEqualTo("OCCURRED")
			.jsonPath("$.createdAt").isNotEmpty();
	}

	@Test
	void getListAndDeleteMaskTheSecret() {
		Map<String, Object> created = this.api.create(VALID);
		String id = (String) created.get("id");
		String secret = SubscriptionsApi.secretOf(created);

		this.client.get()
			.uri("/api/subscriptions/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id").isEqualTo(id)
			.jsonPath("$.createdAt").isEqualTo(created.get("createdAt"))
			.jsonPath("$.webhook.secret").value(String.class, (masked) -> assertThat(masked).startsWith("whsec_")
				.endsWith("****")
				.isNotEqualTo(secret)
				.hasSizeLessThan(20));

		this.client.get()
			.uri("/api/subscriptions")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id == '" + id + "')].name").isEqualTo("CHN-RUS signings")
			.jsonPath("$[?(@.id == '" + id + "')].webhook.secret").value((masked) -> assertThat(masked.toString()).doesNotContain(secret));

		this.client.delete().uri("/api/subscriptions/{id}", id).exchange().expectStatus().isNoContent();
		this.client.delete()
			.uri("/api/subscriptions/{id}", id)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get().uri("/api/subscriptions/{id}", id).exchange().expectStatus().isNotFound();
	}

	@Test
	void unknownSubscriptionIsNotFoundProblem() {
		this.client.get()
			.uri("/api/subscriptions/{id}", "00000000-0000-0000-0000-000000000000")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(404)
			.jsonPath("$.title").isEqualTo("Subscription not found")
			.jsonPath("$.detail").value(String.class, (detail) -> assertThat(detail).contains("00000000-0000-0000-0000-000000000000"));
		this.client.get()
			.uri("/api/subscriptions/{id}/deliveries", "00000000-0000-0000-0000-000000000000")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void malformedIdIsBadRequestProblem() {
		this.client.get()
			.uri("/api/subscriptions/not-a-uuid")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail").value(String.class, (detail) -> assertThat(detail).contains("not-a-uuid"));
	}

	@Test
	void malformedJsonIsBadRequestProblem() {
		this.client.post()
			.uri("/api/subscriptions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\": \"x\", \"webhook\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title").isEqualTo("Malformed request body")
			.jsonPath("$.status").isEqualTo(400);
	}

	@Test
	void wrongJsonTypeIsBadRequestProblem() {
		this.client.post()
			.uri("/api/subscriptions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\": \"x\", \"webhook\": {\"url\": \"http://127.0.0.1/h\"}, \"filter\": {\"parties\": 7}}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail").isEqualTo("The request body has a value of the wrong type at 'filter.parties'");
	}

	@Test
	void invalidFieldsAreListedWithAllowedValues() {
		this.client.post()
			.uri("/api/subscriptions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("""
					{"name": " ", "webhook": {"url": "ftp://127.0.0.1/hook"},
					 "filter": {"milestones": ["SIGNED", "SIGNING"], "statuses": ["HAPPENED"]}}
					""")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title").isEqualTo("Invalid subscription")
			.jsonPath("$.errors.length()").isEqualTo(4)
			.jsonPath("$.errors[?(@.field == 'name')].message").isEqualTo("is required")
			.jsonPath("$.errors[?(@.field == 'webhook.url')].message").isEqualTo("must be an absolute http or https URL")
			.jsonPath("$.errors[?(@.field == 'filter.milestones[1]')].allowed").value((allowed) -> assertThat(allowed.toString()).contains("SIGNED", "RATIFIED", "TERMINATED"))
			.jsonPath("$.errors[?(@.field == 'filter.statuses[0]')].message").value((message) -> assertThat(message.toString()).contains("OCCURRED, EXPECTED, NEGATED, HISTORICAL"));
	}

	@Test
	void urlsMustBeAbsoluteHttpWithHostAndNoCredentials() {
		for (String url : new String[] { "not a url", "/relative/hook", "http://user:pw@127.0.0.1/hook", "http:///nohost",
				"javascript:alert(1)" }) {
			this.client.post()
				.uri("/api/subscriptions")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("name", "n", "webhook", Map.of("url", url)))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field").isEqualTo("webhook.url");
		}
	}

	@Test
	void missingBodyAndWrongMediaTypeAreProblems() {
		this.client.post()
			.uri("/api/subscriptions")
			.contentType(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.post()
			.uri("/api/subscriptions")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("hello")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void healthIsUp() {
		this.anonymous.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
	}

	@Test
	void openApiDocumentDescribesTheApi() {
		this.anonymous.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi").value(String.class, (version) -> assertThat(version).startsWith("3."))
			.jsonPath("$.paths['/api/subscriptions'].post").exists()
			.jsonPath("$.paths['/api/subscriptions/{id}'].delete").exists()
			.jsonPath("$.paths['/api/subscriptions/{id}/deliveries'].get").exists()
			.jsonPath("$.paths['/api/subscriptions/{id}'].patch").exists()
			.jsonPath("$.paths['/api/subscriptions/{id}/pause'].post").exists()
			.jsonPath("$.paths['/api/subscriptions/{id}/channels/{channelId}/rotate-secret'].post").exists()
			.jsonPath("$.paths['/api/admin/tenants'].post").exists()
			.jsonPath("$.components.securitySchemes.apiKey.scheme").isEqualTo("bearer")
			.jsonPath("$.paths['/api/subscriptions'].post.parameters").doesNotExist();
		this.anonymous.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
	}

}
