package io.pactwatch.alert.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.standardwebhooks.Webhook;
import io.pactwatch.alert.support.AlertServiceInstances;
import io.pactwatch.alert.support.MilestoneEvents;
import io.pactwatch.alert.support.SubscriptionsApi;
import io.pactwatch.alert.support.WebhookReceiver;
import io.pactwatch.alert.support.WebhookReceiver.Received;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

/**
 * Two alert-service instances on one broker (one consumer group, a topic of two partitions)
 * and one database: every (subscription, event, channel) is delivered once, even when the
 * broker redelivers; a pending retry survives a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExactlyOnceIT {

	private static final int EVENTS = 150;

	private static final int AGREEMENTS = 30;

	private static final WebhookReceiver receiver = new WebhookReceiver();

	private static AlertServiceInstances instances;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		instances = new AlertServiceInstances("pair_" + UUID.randomUUID().toString().substring(0, 8), 2);
		first = instances.start(Map.of());
		second = instances.start(Map.of());
	}

	@AfterAll
	static void stop() {
		instances.close();
		receiver.close();
	}

	@Test
	@Order(1)
	void twoInstancesDeliverEveryEventOnceEvenWhenItIsPublishedTwice() throws Exception {
		SubscriptionsApi api = new SubscriptionsApi(AlertServiceInstances.client(first));
		Map<String, Object> subscription = api.create(receiver.url("/pair"), List.of("CHN"));
		// one consumer group: each instance gets one of the two partitions
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(List.of(assigned(first), assigned(second))).containsExactly(1, 1));
		List<MilestoneEvent> events = new ArrayList<>();
		for (int i = 0; i < EVENTS; i++) {
			events.add(MilestoneEvents.event("agr-pair-" + (i % AGREEMENTS), List.of("CHN", "RUS"), Milestone.values()[i % 9],
					MilestoneStatus.OCCURRED));
		}

		// the broker hands every event over twice, as after a rebalance or a producer retry
		MilestoneEvents.publishTo(instances.topic(), events);
		MilestoneEvents.publishTo(instances.topic(), events);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(receiver.received("/pair")).hasSize(EVENTS));
		// and nothing more arrives later
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(receiver.received("/pair")).hasSize(EVENTS));
		Set<String> webhookIds = new HashSet<>();
		Webhook verifier = new Webhook(SubscriptionsApi.secretOf(subscription));
		for (Received received : receiver.received("/pair")) {
			assertThat(webhookIds.add(received.header("webhook-id"))).as("webhook-id seen once").isTrue();
			assertThatNoException().isThrownBy(() -> verifier.verify(received.body(), received.headers()));
		}
		JdbcClient jdbc = first.getBean(JdbcClient.class);
		assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE status = 'DELIVERED' AND attempts = 1").query(Long.class).single())
			.isEqualTo(EVENTS);
		assertThat(jdbc.sql("SELECT count(*) FROM delivery_attempt").query(Long.class).single()).isEqualTo(EVENTS);
		// each agreement's events arrived in the order they were published
		for (int agreement = 0; agreement < AGREEMENTS; agreement++) {
			String subject = "\"subject\":\"agr-pair-" + agreement + "\"";
			List<String> arrived = receiver.received("/pair")
				.stream()
				.filter((r) -> r.body().contains(subject))
				.map((r) -> r.body().replaceAll(".*\"id\":\"(evt-[^\"]+)\".*", "$1"))
				.toList();
			int index = agreement;
			assertThat(arrived).containsExactlyElementsOf(
					events.stream().filter((e) -> e.getAgreementId().equals("agr-pair-" + index)).map(MilestoneEvent::getEventId).toList());
		}
	}

	@Test
	@Order(2)
	void pendingRetryResumesAfterARestart() {
		instances.stop(second);
		ConfigurableApplicationContext slow = instances.start(Map.of("pactwatch.alert.delivery.retry-schedule", "0s,3s,3s"));
		instances.stop(first);
		SubscriptionsApi api = new SubscriptionsApi(AlertServiceInstances.client(slow));
		Map<String, Object> subscription = api.create(receiver.url("/restart"), List.of("USA"));
		receiver.answer("/restart", 503);

		MilestoneEvents.publishTo(instances.topic(),
				List.of(MilestoneEvents.event("agr-restart", List.of("USA"), Milestone.SIGNED, MilestoneStatus.OCCURRED)));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(receiver.received("/restart")).hasSize(1));
		instances.stop(slow);

		ConfigurableApplicationContext restarted = instances.start(Map.of("pactwatch.alert.delivery.retry-schedule", "0s,3s,3s"));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(receiver.received("/restart")).hasSize(2));
		Received retried = receiver.received("/restart").get(1);
		assertThat(retried.header("webhook-id")).isEqualTo(receiver.received("/restart").get(0).header("webhook-id"));
		SubscriptionsApi afterRestart = new SubscriptionsApi(AlertServiceInstances.client(restarted));
		JdbcClient jdbc = restarted.getBean(JdbcClient.class);
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT status FROM delivery WHERE subscription_id = ?")
			.param(UUID.fromString((String) subscription.get("id")))
			.query(String.class)
			.single()).isEqualTo("DELIVERED"));
		assertThat(afterRestart.tenantId()).isNotEqualTo(api.tenantId());
	}

	private static int assigned(ConfigurableApplicationContext context) {
		var container = context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("alert-milestones");
		return (container != null && container.getAssignedPartitions() != null) ? container.getAssignedPartitions().size()
				: 0;
	}

}
