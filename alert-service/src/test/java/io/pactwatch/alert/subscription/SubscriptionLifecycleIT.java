package io.pactwatch.alert.subscription;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pactwatch.alert.support.AlertServiceTest;
import io.pactwatch.alert.support.MilestoneEvents;
import io.pactwatch.alert.support.SubscriptionsApi;
import io.pactwatch.alert.support.WebhookReceiver;
import io.pactwatch.schemas.Domain;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The richer filter, channels, PATCH, pause and resume, through the API and the broker. */
@AlertServiceTest
class SubscriptionLifecycleIT {

	private static final WebhookReceiver receiver = new WebhookReceiver();

	@Autowired
	private WebTestClient anonymous;

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
	void fullFilterAndSeveralChannelsAreStoredAndShown() {
		Map<String, Object> created = this.api.create(Map.of("name", "desk", "filter",
				Map.of("parties", List.of("chn", "USA"), "partiesMatch", "any", "milestones", List.of("signed"), "domains",
						List.of("space", "TRADE"), "minConfidence", 0.6, "keywords", List.of("space")),
				"channels", List.of(Map.of("type", "webhook", "url", receiver.url("/desk")), Map.of("type", "stream"))));

		assertThat(created).containsEntry("status", "ACTIVE");
		@SuppressWarnings("unchecked")
		Map<String, Object> filter = (Map<String, Object>) created.get("filter");
		assertThat(filter).containsEntry("parties", List.of("CHN", "USA"))
			.containsEntry("partiesMatch", "ANY")
			.containsEntry("domains", List.of("SPACE", "TRADE"))
			.containsEntry("minConfidence", 0.6)
			.containsEntry("keywords", List.of("space"));
		assertThat(SubscriptionsApi.channelsOf(created)).extracting((c) -> c.get("type"))
			.containsExactly("WEBHOOK", "STREAM");
		assertThat(SubscriptionsApi.channelsOf(created).get(0)).containsEntry("status", "ENABLED")
			.containsKey("secret")
			.doesNotContainKey("address");
		assertThat(SubscriptionsApi.channelsOf(created).get(1)).containsOnlyKeys("id", "type", "status", "createdAt");

		Map<String, Object> read = this.api.get(created.get("id"));
		assertThat(read.get("filter")).isEqualTo(filter);
		assertThat(SubscriptionsApi.channelsOf(read).get(0).get("secret")).asString().endsWith("****");
	}

	@Test
	void patchChangesNameAndReplacesTheFilter() {
		Map<String, Object> created = this.api.create(receiver.url("/patched"), List.of("CHN", "RUS"), List.of("SIGNED"),
				List.of());

		this.api.client()
			.patch()
			.uri("/api/subscriptions/{id}", created.get("id"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "renamed", "filter", Map.of("domains", List.of("ENERGY"))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name").isEqualTo("renamed")
			.jsonPath("$.filter.parties.length()").isEqualTo(0)
			.jsonPath("$.filter.milestones.length()").isEqualTo(0)
			.jsonPath("$.filter.domains[0]").isEqualTo("ENERGY")
			.jsonPath("$.updatedAt").value(String.class, (updated) -> assertThat(updated).isNotEqualTo(created.get("updatedAt")));

		this.api.client()
			.patch()
			.uri("/api/subscriptions/{id}", created.get("id"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("filter", Map.of("statuses", List.of("SOMEDAY"))))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("filter.statuses[0]");
		this.api.client()
			.patch()
			.uri("/api/subscriptions/{id}", created.get("id"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void pausedSubscriptionMissesEventsAndResumedOneGetsThemAgain() {
		String party = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String agreement = "agr-" + party;
		Map<String, Object> paused = this.api.create(receiver.url("/paused"), List.of(party));
		this.api.create(receiver.url("/marker"), List.of(party), List.of("RATIFIED"), List.of());

		this.api.post("/api/subscriptions/" + paused.get("id") + "/pause", null, 200);
		assertThat(this.api.post("/api/subscriptions/" + paused.get("id") + "/pause", null, 200)).containsEntry("status",
				"PAUSED");
		MilestoneEvents.publish(event(agreement, party, Milestone.SIGNED), event(agreement, party, Milestone.RATIFIED));
		// one agreement, one partition: once the marker has its event, the first one was matched
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received("/marker")).hasSize(1));
		assertThat(receiver.received("/paused")).isEmpty();
		assertThat(this.api.deliveries(paused)).isEmpty();

		assertThat(this.api.post("/api/subscriptions/" + paused.get("id") + "/resume", null, 200)).containsEntry("status",
				"ACTIVE");
		MilestoneEvents.publish(event(agreement, party, Milestone.IN_FORCE));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received("/paused")).hasSize(1));
	}

	@Test
	void filterOnDomainConfidenceAndKeywordsDecidesDelivery() {
		String party = "K" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String agreement = "agr-" + party;
		this.api.create(Map.of("name", "energy", "webhook", Map.of("url", receiver.url("/energy")), "filter",
				Map.of("parties", List.of(party), "domains", List.of("ENERGY"))));
		this.api.create(Map.of("name", "sure", "webhook", Map.of("url", receiver.url("/sure")), "filter",
				Map.of("parties", List.of(party), "minConfidence", 0.95)));
		this.api.create(Map.of("name", "space words", "webhook", Map.of("url", receiver.url("/words")), "filter",
				Map.of("parties", List.of(party), "keywords", List.of("cooperation pact"))));
		this.api.create(Map.of("name", "all", "webhook", Map.of("url", receiver.url("/all-" + party)), "filter",
				Map.of("parties", List.of(party))));

		MilestoneEvent event = event(agreement, party, Milestone.SIGNED);
		MilestoneEvents.publish(event);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(receiver.received("/all-" + party)).hasSize(1));
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(receiver.received("/words")).isNotEmpty());
		assertThat(event.getDomain()).isEqualTo(Domain.SPACE);
		assertThat(receiver.received("/energy")).isEmpty();
		assertThat(receiver.received("/sure")).isEmpty();
	}

	@Test
	void channelsCanBeAddedAndRemovedButNotTheLast() {
		Map<String, Object> created = this.api.create(receiver.url("/channels"), List.of("NOBODY"));
		String id = (String) created.get("id");

		Map<String, Object> stream = this.api.post("/api/subscriptions/" + id + "/channels", Map.of("type", "stream"), 201);
		assertThat(stream).containsEntry("type", "STREAM");
		this.api.post("/api/subscriptions/" + id + "/channels", Map.of("type", "stream"), 409);
		Map<String, Object> hook = this.api.post("/api/subscriptions/" + id + "/channels",
				Map.of("type", "webhook", "url", receiver.url("/second")), 201);
		assertThat((String) hook.get("secret")).startsWith("whsec_").hasSize(50);
		this.api.post("/api/subscriptions/" + id + "/channels", Map.of("type", "webhook", "url", "gopher://x"), 400);

		assertThat(SubscriptionsApi.channelsOf(this.api.get(id))).hasSize(3);
		this.api.client().delete().uri("/api/subscriptions/{id}/channels/{c}", id, stream.get("id")).exchange().expectStatus().isNoContent();
		this.api.client().delete().uri("/api/subscriptions/{id}/channels/{c}", id, hook.get("id")).exchange().expectStatus().isNoContent();
		this.api.client()
			.delete()
			.uri("/api/subscriptions/{id}/channels/{c}", id, SubscriptionsApi.webhookChannelOf(created))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.title").isEqualTo("Last channel");
		this.api.client()
			.get()
			.uri("/api/subscriptions/{id}/channels/{c}", id, UUID.randomUUID())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void subscriptionNeedsAChannel() {
		this.api.client()
			.post()
			.uri("/api/subscriptions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "nowhere"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("webhook.url");
	}

	private static MilestoneEvent event(String agreement, String party, Milestone milestone) {
		return MilestoneEvents.event(agreement, List.of(party), milestone, MilestoneStatus.OCCURRED);
	}

}
