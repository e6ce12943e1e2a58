package io.pactwatch.alert.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The API as one tenant's tests call it: each instance creates a tenant of its own with the
 * admin key (as an operator would) and sends that tenant's API key on every request.
 */
public final class SubscriptionsApi {

	public static final String ADMIN_KEY = "test-admin-key-0123456789";

	private final WebTestClient client;

	private final String apiKey;

	private final String tenantId;

	public SubscriptionsApi(WebTestClient client) {
		Map<String, Object> tenant = createTenant(client, "tenant-" + UUID.randomUUID());
		this.tenantId = (String) tenant.get("id");
		this.apiKey = apiKeyOf(tenant);
		this.client = client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + this.apiKey).build();
	}

	/** {@code POST /api/admin/tenants} with the admin key; the 201 body. */
	public static Map<String, Object> createTenant(WebTestClient client, String name) {
		return client.post()
			.uri("/api/admin/tenants")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", name))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	public static String apiKeyOf(Map<String, Object> tenant) {
		return (String) ((Map<String, Object>) tenant.get("apiKey")).get("key");
	}

	/** A client that sends this tenant's API key. */
	public WebTestClient client() {
		return this.client;
	}

	public String apiKey() {
		return this.apiKey;
	}

	public String tenantId() {
		return this.tenantId;
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

	public Map<String, Object> get(Object id) {
		return this.client.get()
			.uri("/api/subscriptions/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
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

	/** {@code POST} with an optional JSON body; the answer's body as a map, after checking the status. */
	public Map<String, Object> post(String uri, Object body, int status) {
		WebTestClient.RequestBodySpec request = this.client.post().uri(uri);
		WebTestClient.RequestHeadersSpec<?> withBody = (body != null)
				? request.contentType(MediaType.APPLICATION_JSON).bodyValue(body) : request;
		return withBody.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	public static String secretOf(Map<String, Object> subscription) {
		return (String) ((Map<String, Object>) subscription.get("webhook")).get("secret");
	}

	@SuppressWarnings("unchecked")
	public static String webhookChannelOf(Map<String, Object> subscription) {
		return (String) ((Map<String, Object>) subscription.get("webhook")).get("channelId");
	}

	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> channelsOf(Map<String, Object> subscription) {
		return (List<Map<String, Object>>) subscription.get("channels");
	}

}
