package io.pactwatch.alert.support;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The subscription API as tests call it: create one, read its delivery log. */
public final class SubscriptionsApi {

	private final WebTestClient client;

	public SubscriptionsApi(WebTestClient client) {
		this.client = client;
	}

	/** Creates a subscription from a JSON body (a String or a Map) and returns the 201 body. */
	public Map<String, Object> create(Object body) {
		return this.client.post()
			.uri("/api/subscriptions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	/** A subscription for these parties (all of them, any milestone and status) to the URL. */
	public Map<String, Object> create(String url, List<String> parties) {
		return create(url, parties, List.of(), List.of());
	}

	public Map<String, Object> create(String url, List<String> parties, List<String> milestones,
			List<String> statuses) {
		return create(Map.of("name", "test " + url, "webhook", Map.of("url", url), "filter",
				Map.of("parties", parties, "milestones", milestones, "statuses", statuses)));
	}

	public List<Map<String, Object>> deliveries(Map<String, Object> subscription) {
		return this.client.get()
			.uri("/api/subscriptions/{id}/deliveries", subscription.get("id"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	public static String secretOf(Map<String, Object> subscription) {
		return (String) ((Map<String, Object>) subscription.get("webhook")).get("secret");
	}

}
