package io.pactwatch.alert.delivery;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import io.pactwatch.alert.support.AlertServiceTest;
import io.pactwatch.alert.support.MilestoneEvents;
import io.pactwatch.alert.support.SubscriptionsApi;
import io.pactwatch.alert.support.WebhookReceiver;
import io.pactwatch.alert.support.WebhookReceiver.Received;
import io.pactwatch.alert.webhook.MilestoneCloudEvents;
import io.pactwatch.alert.webhook.WebhookIds;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.pactwatch.alert.support.SubscriptionsApi.secretOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

/**
 * Milestone events published to the embedded broker reach real HTTP receivers through the
 * whole service: matching, the PostgreSQL outbox, signing, retries.
 */
@AlertServiceTest
class WebhookDeliveryIT {

	private static final AtomicInteger parties = new AtomicInteger();

	private static final WebhookReceiver receiver = new WebhookReceiver();

	private static final ObjectMapper json = new ObjectMapper();

	@Autowired
	private WebTestClient client;

	private SubscriptionsApi api;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void api() {
		this.api = new SubscriptionsApi(this.client);
	}

	@AfterAll
	static void stopReceiver() {
		receiver.close();
	}

	@Test
	void matchingSubscriptionGetsSignedCloudEventOnce() throws Exception {
		String party = uniqueParty();
		Map<String, Object> subscription = subscribe("/signed", List.of(party, "RUS"), List.of("SIGNED"), List.of("OCCURRED"));
		MilestoneEvent event = MilestoneEvents.event("agr-" + party, List.of("RUS", party, "USA"), Milestone.SIGNED,
				MilestoneStatus.OCCURRED);

		MilestoneEvents.publish(event);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received("/signed")).hasSize(1));
		Received webhook = receiver.received("/signed").get(0);
		assertThat(webhook.header("content-type")).startsWith("application/cloudevents+json");
		assertThat(webhook.header("webhook-id")).startsWith("msg_");
		assertThat(webhook.header("webhook-signature")).startsWith("v1,");
		Webhook verifier = new Webhook(secretOf(subscription));
		assertThatNoException().isThrownBy(() -> verifier.verify(webhook.body(), webhook.headers()));

		JsonNode cloudEvent = json.readTree(webhook.body());
		assertThat(cloudEvent.path("specversion").asText()).isEqualTo("1.0");
		assertThat(cloudEvent.path("id").asText()).isEqualTo(event.getEventId());
		assertThat(cloudEvent.path("type").asText()).isEqualTo("io.pactwatch.milestone.v1");
		assertThat(cloudEvent.path("source").asText()).isEqualTo("urn:pactwatch:extraction");
		assertThat(cloudEvent.path("subject").asText()).isEqualTo(event.getAgreementId());
		assertThat(cloudEvent.path("datacontenttype").asText()).isEqualTo("application/json");
		assertThat(cloudEvent.path("data").path("milestone").asText()).isEqualTo("SIGNED");
		assertThat(cloudEvent.path("data").path("status").asText()).isEqualTo("OCCURRED");
		assertThat(cloudEvent.path("data").path("date").asText()).isEqualTo("2017-10");

		List<Map<String, Object>> log = deliveryLog(subscription);
		assertThat(log).singleElement().satisfies((delivery) -> {
			assertThat(delivery).containsEntry("status", "DELIVERED")
				.containsEntry("eventId", event.getEventId())
				.containsEntry("webhookId", webhook.header("webhook-id"));
			assertThat(attempts(delivery)).singleElement()
				.satisfies((attempt) -> assertThat(attempt).containsEntry("statusCode", 204).containsEntry("number", 1));
		});
	}

	@Test
	void nonMatchingSubscriptionsGetNothing() {
		String party = uniqueParty();
		Map<String, Object> matching = subscribe("/match", List.of(party), List.of(), List.of());
		Map<String, Object> otherParty = subscribe("/other-party", List.of(party, "FRA"), List.of(), List.of());
		Map<String, Object> otherMilestone = subscribe("/other-milestone", List.of(party), List.of("RATIFIED"), List.of());
		Map<String, Object> otherStatus = subscribe("/other-status", List.of(party), List.of(), List.of("OCCURRED"));

		// the space pact of the seed article: a signing expected, not a signing
		MilestoneEvents.publish(MilestoneEvents.event("agr-" + party, List.of(party, "RUS"), Milestone.SIGNED,
				MilestoneStatus.EXPECTED));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received("/match")).hasSize(1));
		// deliveries of one event are stored in one transaction: none was stored for the others
		assertThat(deliveryLog(otherParty)).isEmpty();
		assertThat(deliveryLog(otherMilestone)).isEmpty();
		assertThat(deliveryLog(otherStatus)).isEmpty();
		assertThat(receiver.received("/other-party")).isEmpty();
		assertThat(receiver.received("/other-milestone")).isEmpty();
		assertThat(receiver.received("/other-status")).isEmpty();
		assertThat(deliveryLog(matching)).hasSize(1);
	}

	@Test
	void failingReceiverGetsTheEventOnRetryWithTheSameWebhookId() throws Exception {
		String party = uniqueParty();
		Map<String, Object> subscription = subscribe("/flaky", List.of(party), List.of(), List.of());
		receiver.answer("/flaky", 503, 500);

		MilestoneEvents.publish(MilestoneEvents.event("agr-" + party, List.of(party), Milestone.RATIFIED,
				MilestoneStatus.OCCURRED));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received("/flaky")).hasSize(3));
		List<Received> attempts = receiver.received("/flaky");
		assertThat(attempts).extracting((r) -> r.header("webhook-id")).containsOnly(attempts.get(0).header("webhook-id"));
		assertThat(attempts).extracting(Received::body).containsOnly(attempts.get(0).body());
		Webhook verifier = new Webhook(secretOf(subscription));
		for (Received attempt : attempts) {
			verifier.verify(attempt.body(), attempt.headers());
		}
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deliveryLog(subscription))
			.singleElement()
			.satisfies((delivery) -> {
				assertThat(delivery).containsEntry("status", "DELIVERED");
				assertThat(attempts(delivery)).extracting((attempt) -> attempt.get("statusCode"))
					.containsExactly(503, 500, 204);
				assertThat(attempts(delivery)).extracting((attempt) -> attempt.get("error"))
					.containsExactly("HTTP 503", "HTTP 500", null);
			}));
	}

	@Test
	void receiverThatNeverRecoversEndsFailedAfterTheLastAttempt() {
		String party = uniqueParty();
		Map<String, Object> subscription = subscribe("/down", List.of(party), List.of(), List.of());
		receiver.answer("/down", 500, 502, 503, 504);

		MilestoneEvents.publish(MilestoneEvents.event("agr-" + party, List.of(party), Milestone.SIGNED,
				MilestoneStatus.OCCURRED));

		// the test schedule has three attempts
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deliveryLog(subscription)).singleElement()
			.satisfies((delivery) -> {
				assertThat(delivery).containsEntry("status", "FAILED");
				assertThat(attempts(delivery)).hasSize(3);
			}));
		assertThat(receiver.received("/down")).hasSize(3);
	}

	@Test
	void unreachableReceiverIsRetriedAndRecorded() {
		String party = uniqueParty();
		// nothing listens on port 9 of the loopback address (discard): connection refused
		Map<String, Object> subscription = this.api.create("http://127.0.0.1:9/refused", List.of(party));

		MilestoneEvents.publish(MilestoneEvents.event("agr-" + party, List.of(party), Milestone.SIGNED,
				MilestoneStatus.OCCURRED));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deliveryLog(subscription)).singleElement()
			.satisfies((delivery) -> {
				assertThat(delivery).containsEntry("status", "FAILED");
				assertThat(attempts(delivery)).hasSize(3)
					.allSatisfy((attempt) -> assertThat(attempt).containsEntry("statusCode", null)
						.extractingByKey("error")
						.asString()
						.containsIgnoringCase("connect"));
			}));
	}

	@Test
	void eventPublishedTwiceIsDeliveredOnce() {
		String party = uniqueParty();
		Map<String, Object> subscription = subscribe("/twice", List.of(party), List.of(), List.of());
		String agreement = "agr-" + party;
		MilestoneEvent event = MilestoneEvents.event(agreement, List.of(party), Milestone.SIGNED, MilestoneStatus.OCCURRED);
		MilestoneEvent later = MilestoneEvents.event(agreement, List.of(party), Milestone.RATIFIED, MilestoneStatus.OCCURRED);

		MilestoneEvents.publish(event);
		MilestoneEvents.publish(event, later);

		// same agreement, same partition: once the later event is in, the duplicate was seen
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received("/twice")).hasSize(2));
		assertThat(receiver.received("/twice")).extracting((r) -> cloudEventId(r))
			.containsExactly(event.getEventId(), later.getEventId());
		assertThat(deliveryLog(subscription)).hasSize(2);
	}

	@Test
	void oneAgreementsEventsArriveInOrderEvenWhenTheFirstIsRetried() {
		String party = uniqueParty();
		subscribe("/ordered", List.of(party), List.of(), List.of());
		receiver.answer("/ordered", 503);
		String agreement = "agr-" + party;
		MilestoneEvent signed = MilestoneEvents.event(agreement, List.of(party), Milestone.SIGNED, MilestoneStatus.OCCURRED);
		MilestoneEvent ratified = MilestoneEvents.event(agreement, List.of(party), Milestone.RATIFIED,
				MilestoneStatus.OCCURRED);

		MilestoneEvents.publish(signed, ratified);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received("/ordered")).hasSize(3));
		assertThat(receiver.received("/ordered")).extracting(this::cloudEventId)
			.containsExactly(signed.getEventId(), signed.getEventId(), ratified.getEventId());
	}

	@Test
	void deletedSubscriptionGetsNoMoreEvents() {
		String party = uniqueParty();
		Map<String, Object> deleted = subscribe("/deleted", List.of(party), List.of(), List.of());
		subscribe("/kept", List.of(party), List.of(), List.of());
		this.api.client().delete().uri("/api/subscriptions/{id}", deleted.get("id")).exchange().expectStatus().isNoContent();

		MilestoneEvents.publish(MilestoneEvents.event("agr-" + party, List.of(party), Milestone.SIGNED,
				MilestoneStatus.OCCURRED));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received("/kept")).hasSize(1));
		assertThat(receiver.received("/deleted")).isEmpty();
	}

	@Test
	void deliveryLeftInTheDatabaseByACrashedInstanceIsSent() throws Exception {
		String party = uniqueParty();
		Map<String, Object> subscription = subscribe("/recovered", List.of(party), List.of(), List.of());
		MilestoneEvent event = MilestoneEvents.event("agr-" + party, List.of(party), Milestone.SIGNED,
				MilestoneStatus.OCCURRED);
		UUID subscriptionId = UUID.fromString((String) subscription.get("id"));
		UUID channelId = UUID.fromString(SubscriptionsApi.webhookChannelOf(subscription));
		Timestamp past = Timestamp.from(Instant.now().minusSeconds(60));
		// what an instance leaves behind when it dies while sending: a pending row with its lease
		this.jdbc.sql("INSERT INTO milestone_event (event_id, agreement_id, body, received_at) VALUES (?, ?, ?, ?)")
			.params(event.getEventId(), event.getAgreementId(), MilestoneCloudEvents.toJson(event), past)
			.update();
		this.jdbc.sql("INSERT INTO delivery (subscription_id, channel_id, event_id, agreement_id, webhook_id, status, "
				+ "attempts, next_attempt_at, lease_token, lease_until, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?)")
			.params(subscriptionId, channelId, event.getEventId(), event.getAgreementId(),
					WebhookIds.of(channelId, event.getEventId()), past, UUID.randomUUID(), past, past)
			.update();

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received("/recovered")).hasSize(1));
		Received webhook = receiver.received("/recovered").get(0);
		new Webhook(secretOf(subscription)).verify(webhook.body(), webhook.headers());
		assertThat(cloudEventId(webhook)).isEqualTo(event.getEventId());
	}

	private String cloudEventId(Received received) {
		try {
			return json.readTree(received.body()).path("id").asText();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	private static String uniqueParty() {
		return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + parties.incrementAndGet();
	}

	private Map<String, Object> subscribe(String path, List<String> parties, List<String> milestones,
			List<String> statuses) {
		return this.api.create(receiver.url(path), parties, milestones, statuses);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> attempts(Map<String, Object> delivery) {
		return (List<Map<String, Object>>) delivery.get("attempts");
	}

	private List<Map<String, Object>> deliveryLog(Map<String, Object> subscription) {
		return this.api.deliveries(subscription);
	}

}
