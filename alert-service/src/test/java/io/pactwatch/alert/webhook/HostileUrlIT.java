package io.pactwatch.alert.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pactwatch.alert.support.AlertServiceTest;
import io.pactwatch.alert.support.MilestoneEvents;
import io.pactwatch.alert.support.SubscriptionsApi;
import io.pactwatch.alert.support.WebhookReceiver;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook URLs that reach inside the network are refused when given and again when sent to.
 * The test's allow-list names 127.0.0.1 only; 127.0.0.2 (loopback too) stands for a private
 * address, so that nothing here ever sends to a real private network.
 */
@AlertServiceTest
class HostileUrlIT {

	@Autowired
	private WebTestClient anonymous;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void internalUrlsAreRefusedAtCreation() {
		SubscriptionsApi api = new SubscriptionsApi(this.anonymous);
		for (String url : List.of("http://127.0.0.2:8080/hook", "http://10.0.0.1/hook", "https://192.168.0.10/in",
				"http://169.254.169.254/latest/meta-data/", "http://[::1]:8080/", "http://[fd00:ec2::254]/",
				"http://2130706434/", "http://[::ffff:127.0.0.2]/", "http://0.0.0.0:80/")) {
			api.client()
				.post()
				.uri("/api/subscriptions")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("name", "n", "webhook", Map.of("url", url)))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field").isEqualTo("webhook.url")
				.jsonPath("$.errors[0].message").value(String.class, (message) -> assertThat(message).as(url)
					.startsWith("must not point to a loopback, private, link-local or metadata address"));
		}
		api.client()
			.post()
			.uri("/api/subscriptions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "n", "channels", List.of(Map.of("type", "webhook", "url", "http://no-such-host.invalid/"))))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("channels[0].url")
			.jsonPath("$.errors[0].message").isEqualTo("names a host that does not resolve: no-such-host.invalid");
	}

	@Test
	void urlThatTurnedInternalAfterCreationGetsNothing() {
		SubscriptionsApi api = new SubscriptionsApi(this.anonymous);
		String party = "H" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		try (WebhookReceiver allowed = new WebhookReceiver(); WebhookReceiver internal = new WebhookReceiver("127.0.0.2")) {
			Map<String, Object> subscription = api.create(allowed.url("/hook"), List.of(party));
			// what a DNS change does to a host name: the same endpoint now leads elsewhere
			this.jdbc.sql("UPDATE channel SET webhook_url = ? WHERE id = ?")
				.params(internal.url("/hook"), UUID.fromString(SubscriptionsApi.webhookChannelOf(subscription)))
				.update();

			MilestoneEvents.publish(MilestoneEvents.event("agr-" + party, List.of(party), Milestone.SIGNED,
					MilestoneStatus.OCCURRED));

			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.deliveries(subscription))
				.singleElement()
				.satisfies((delivery) -> {
					assertThat(delivery).containsEntry("status", "FAILED");
					@SuppressWarnings("unchecked")
					List<Map<String, Object>> attempts = (List<Map<String, Object>>) delivery.get("attempts");
					assertThat(attempts).hasSize(3)
						.allSatisfy((attempt) -> assertThat(attempt).containsEntry("statusCode", null)
							.extractingByKey("error")
							.asString()
							.startsWith("refused: 127.0.0.2 resolves to 127.0.0.2, a loopback address"));
				}));
			assertThat(internal.received("/hook")).isEmpty();
			assertThat(allowed.received("/hook")).isEmpty();
		}
	}

}
