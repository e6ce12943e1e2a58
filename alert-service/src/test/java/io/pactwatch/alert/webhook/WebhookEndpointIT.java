package io.pactwatch.alert.webhook;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.pactwatch.alert.support.AlertServiceTest;
import io.pactwatch.alert.support.MilestoneEvents;
import io.pactwatch.alert.support.SubscriptionsApi;
import io.pactwatch.alert.support.WebhookReceiver;
import io.pactwatch.alert.support.WebhookReceiver.Received;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

/** 410 Gone, disabling after a failing period, secret rotation, replays and test pings. */
@AlertServiceTest
class WebhookEndpointIT {

	private static final WebhookReceiver receiver = new WebhookReceiver();

	@Autowired
	private WebTestClient anonymous;

	@Autowired
	private JdbcClient jdbc;

	private SubscriptionsApi api;

	@BeforeEach
	void tenant() {
		this.api = new SubscriptionsApi(this.anonymous);
	}

	@AfterAll
	static void stopReceiver() {
		receiver.close();
	}

	@Test
	void goneEndpointIsDisabledAndLaterEventsWaitUntilItIsEnabled() {
		String party = party();
		Map<String, Object> subscription = this.api.create(receiver.url("/gone"), List.of(party));
		receiver.answer("/gone", 410);
		String agreement = "agr-" + party;

		MilestoneEvents.publish(event(agreement, party, Milestone.SIGNED));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(channel(subscription))
			.containsEntry("status", "DISABLED")
			.containsEntry("disabledReason", "the endpoint answered 410 Gone"));
		assertThat(this.api.deliveries(subscription)).singleElement().satisfies((delivery) -> {
			assertThat(delivery).containsEntry("status", "FAILED");
			assertThat(attempts(delivery)).singleElement().satisfies((a) -> assertThat(a).containsEntry("statusCode", 410));
		});

		MilestoneEvents.publish(event(agreement, party, Milestone.RATIFIED));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(this.api.deliveries(subscription))
			.extracting((d) -> d.get("status"))
			.containsExactly("HELD", "FAILED"));
		assertThat(receiver.received("/gone")).hasSize(1);

		this.api.post(channelUri(subscription) + "/enable", null, 200);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received("/gone")).hasSize(2));
		assertThat(channel(subscription)).containsEntry("status", "ENABLED").doesNotContainKey("disabledReason");
	}

	@Test
	void endpointFailingForTheConfiguredPeriodIsDisabled() {
		String party = party();
		Map<String, Object> subscription = this.api.create(receiver.url("/failing"), List.of(party));
		// it has failed for six days (the default disable-after is five)
		this.jdbc.sql("UPDATE channel SET failing_since = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofDays(6))), channelId(subscription))
			.update();
		receiver.answer("/failing", 503);

		MilestoneEvents.publish(event("agr-" + party, party, Milestone.SIGNED));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(channel(subscription))
			.containsEntry("status", "DISABLED")
			.extractingByKey("disabledReason")
			.asString()
			.startsWith("every attempt has failed since"));
		assertThat(this.api.deliveries(subscription)).singleElement()
			.satisfies((delivery) -> assertThat(delivery).containsEntry("status", "HELD"));
		assertThat(receiver.received("/failing")).hasSize(1);
	}

	@Test
	void successForgetsEarlierFailures() {
		String party = party();
		Map<String, Object> subscription = this.api.create(receiver.url("/recovers"), List.of(party));
		receiver.answer("/recovers", 500);

		MilestoneEvents.publish(event("agr-" + party, party, Milestone.SIGNED));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received("/recovers")).hasSize(2));
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(channel(subscription))
			.containsEntry("status", "ENABLED")
			.doesNotContainKey("failingSince"));
	}

	@Test
	void rotatedSecretSignsBesideThePreviousOneUntilTheOverlapEnds() {
		Map<String, Object> subscription = this.api.create(receiver.url("/rotated"), List.of(party()));
		String first = SubscriptionsApi.secretOf(subscription);

		Map<String, Object> rotated = this.api.post(channelUri(subscription) + "/rotate-secret", Map.of("overlap", "PT1H"),
				200);
		String second = (String) rotated.get("secret");
		assertThat(second).startsWith("whsec_").isNotEqualTo(first);
		assertThat(Instant.parse((String) rotated.get("previousSecretExpiresAt")))
			.isBetween(Instant.now().plus(Duration.ofMinutes(59)), Instant.now().plus(Duration.ofMinutes(61)));

		Received duringOverlap = ping(subscription, "/rotated");
		assertThat(duringOverlap.header("webhook-signature").split(" ")).hasSize(2);
		assertThatNoException().isThrownBy(() -> new Webhook(first).verify(duringOverlap.body(), duringOverlap.headers()));
		assertThatNoException().isThrownBy(() -> new Webhook(second).verify(duringOverlap.body(), duringOverlap.headers()));

		String third = (String) this.api.post(channelUri(subscription) + "/rotate-secret", Map.of("overlap", "0s"), 200)
			.get("secret");
		Received afterOverlap = ping(subscription, "/rotated");
		assertThatNoException().isThrownBy(() -> new Webhook(third).verify(afterOverlap.body(), afterOverlap.headers()));
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> new Webhook(second).verify(afterOverlap.body(), afterOverlap.headers()));

		this.api.post(channelUri(subscription) + "/rotate-secret", Map.of("overlap", "30d"), 400);
		this.api.post(channelUri(subscription) + "/rotate-secret", Map.of("overlap", "soon"), 400);
		assertThat(this.api.post(channelUri(subscription) + "/rotate-secret", null, 200)).containsKey("previousSecretExpiresAt");
	}

	@Test
	void testPingIsSignedAndTellsWhatTheReceiverAnswered() {
		Map<String, Object> subscription = this.api.create(receiver.url("/ping"), List.of(party()));

		Map<String, Object> ok = this.api.post(channelUri(subscription) + "/test", null, 200);
		assertThat(ok).containsEntry("delivered", true).containsEntry("statusCode", 204);
		Received ping = receiver.received("/ping").get(0);
		assertThat(ping.header("webhook-id")).isEqualTo(ok.get("webhookId"));
		assertThat(ping.body()).contains("\"type\":\"io.pactwatch.test.v1\"");
		assertThatNoException()
			.isThrownBy(() -> new Webhook(SubscriptionsApi.secretOf(subscription)).verify(ping.body(), ping.headers()));

		receiver.answer("/ping", 500);
		assertThat(this.api.post(channelUri(subscription) + "/test", null, 200)).containsEntry("delivered", false)
			.containsEntry("statusCode", 500)
			.containsEntry("error", "HTTP 500");
		assertThat(this.api.deliveries(subscription)).isEmpty();
	}

	@Test
	void oneDeliveryOrEverythingSinceATimeCanBeReplayedWithTheSameWebhookId() {
		String party = party();
		Map<String, Object> subscription = this.api.create(receiver.url("/replay"), List.of(party));
		Instant before = Instant.now().minusSeconds(1);
		MilestoneEvent first = event("agr-" + party, party, Milestone.SIGNED);
		MilestoneEvent second = event("agr-" + party, party, Milestone.RATIFIED);
		MilestoneEvents.publish(first, second);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received("/replay")).hasSize(2));
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(this.api.deliveries(subscription))
			.allSatisfy((d) -> assertThat(d).containsEntry("status", "DELIVERED")));
		Map<String, Object> oldest = this.api.deliveries(subscription).get(1);

		Map<String, Object> replayed = this.api.post(
				"/api/subscriptions/" + subscription.get("id") + "/deliveries/" + oldest.get("id") + "/replay", null, 202);
		assertThat(replayed).containsEntry("id", oldest.get("id"));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received("/replay")).hasSize(3));
		assertThat(receiver.received("/replay").get(2).header("webhook-id")).isEqualTo(oldest.get("webhookId"));

		Map<String, Object> all = this.api.post("/api/subscriptions/" + subscription.get("id") + "/replay",
				Map.of("since", before.toString()), 202);
		assertThat(all).containsEntry("replayed", 2);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received("/replay")).hasSize(5));
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(this.api.deliveries(subscription).get(1))
			.satisfies((d) -> assertThat(attempts(d)).hasSize(3)));

		this.api.post("/api/subscriptions/" + subscription.get("id") + "/replay", Map.of("since", "yesterday"), 400);
		this.api.post("/api/subscriptions/" + subscription.get("id") + "/deliveries/999999999/replay", null, 404);
	}

	private Received ping(Map<String, Object> subscription, String path) {
		int before = receiver.received(path).size();
		assertThat(this.api.post(channelUri(subscription) + "/test", null, 200)).containsEntry("delivered", true);
		return receiver.received(path).get(before);
	}

	private Map<String, Object> channel(Map<String, Object> subscription) {
		return SubscriptionsApi.channelsOf(this.api.get(subscription.get("id"))).get(0);
	}

	private static UUID channelId(Map<String, Object> subscription) {
		return UUID.fromString(SubscriptionsApi.webhookChannelOf(subscription));
	}

	private static String channelUri(Map<String, Object> subscription) {
		return "/api/subscriptions/" + subscription.get("id") + "/channels/" + SubscriptionsApi.webhookChannelOf(subscription);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> attempts(Map<String, Object> delivery) {
		return (List<Map<String, Object>>) delivery.get("attempts");
	}

	private static String party() {
		return "W" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private static MilestoneEvent event(String agreement, String party, Milestone milestone) {
		return MilestoneEvents.event(agreement, List.of(party), milestone, MilestoneStatus.OCCURRED);
	}

}
