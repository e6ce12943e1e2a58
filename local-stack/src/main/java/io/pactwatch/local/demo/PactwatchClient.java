package io.pactwatch.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The calls a user of pactwatch makes on its HTTP APIs, over real HTTP. */
public final class PactwatchClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String ingestUrl;

	private final String alertUrl;

	public PactwatchClient(String ingestUrl, String alertUrl) {
		this.ingestUrl = ingestUrl;
		this.alertUrl = alertUrl;
	}

	/** {@code POST /api/articles}; returns the article id and its intake status. */
	public JsonNode submitArticle(StoryArticle article) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("source", article.source());
		body.put("url", article.url());
		body.put("title", article.title());
		body.put("body", article.body());
		body.put("publishedAt", article.publishedAt());
		body.put("language", "en");
		return post(this.ingestUrl + "/api/articles", body, 202);
	}

	/**
	 * {@code POST /api/admin/tenants} with the operator's admin key: a tenant; the answer
	 * holds its first API key ({@code apiKey.key}).
	 */
	public JsonNode createTenant(String adminKey, String name) {
		return post(this.alertUrl + "/api/admin/tenants", adminKey, Map.of("name", name), 201);
	}

	/**
	 * {@code POST /api/subscriptions} with a tenant's API key: a webhook subscription; the
	 * answer holds its id and secret.
	 */
	public JsonNode subscribeWebhook(String apiKey, String name, String url, List<String> parties,
			List<String> milestones, List<String> statuses) {
		Map<String, Object> filter = Map.of("parties", parties, "milestones", milestones, "statuses", statuses);
		return post(this.alertUrl + "/api/subscriptions", apiKey,
				Map.of("name", name, "webhook", Map.of("url", url), "filter", filter), 201);
	}

	private JsonNode post(String url, Object body, int expectedStatus) {
		return post(url, null, body, expectedStatus);
	}

	private JsonNode post(String url, String bearerKey, Object body, int expectedStatus) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (bearerKey != null) {
			builder.header("Authorization", "Bearer " + bearerKey);
		}
		HttpRequest request = builder.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expectedStatus) {
				throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
			}
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("POST " + url + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted during POST " + url, ex);
		}
	}

}
