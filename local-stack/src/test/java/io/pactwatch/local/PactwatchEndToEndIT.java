package io.pactwatch.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.pactwatch.local.demo.DemoStory;
import io.pactwatch.local.demo.PactwatchClient;
import io.pactwatch.local.demo.Story;
import io.pactwatch.local.demo.StoryArticle;
import io.pactwatch.local.demo.TopicWatcher;
import io.pactwatch.local.demo.WebhookReceiver;
import io.pactwatch.local.stack.LocalStack;
import io.pactwatch.local.stack.LocalStackOptions;
import io.pactwatch.schemas.MilestoneEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * All three services, each in its own JVM from its runnable jar, against one real broker
 * and one real PostgreSQL: the story of the seed article yields exactly one signed,
 * verifiable webhook, for the signing, and none for the scheduled signing or the repeats.
 */
class PactwatchEndToEndIT {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	@TempDir
	static Path workDir;

	private static LocalStack stack;

	private static WebhookReceiver receiver;

	private static TopicWatcher watcher;

	@BeforeAll
	static void startPactwatch() {
		stack = LocalStack.start(LocalStackOptions.freePorts(ROOT, workDir));
		receiver = WebhookReceiver.start(LocalStackOptions.freePort(), "/hooks/e2e");
		watcher = new TopicWatcher(stack.kafkaBootstrapServers());
	}

	@AfterAll
	static void stopPactwatch() {
		if (watcher != null) {
			watcher.close();
		}
		if (receiver != null) {
			receiver.close();
		}
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	void theStoryOfTheSpacePactAlertsOnceForTheSigning() {
		List<StoryArticle> story = Story.load(ROOT.resolve("../shared/seeds/space-pact-article.txt").normalize());
		PactwatchClient client = new PactwatchClient(stack.ingestUrl(), stack.alertUrl());

		new DemoStory(client, stack.adminKey(), watcher, receiver, System.out).tell(story);
		// the October report again, as a client retrying would send it: accepted, not published again
		JsonNode again = client.submitArticle(story.get(2));
		assertThat(again.path("status").asText()).isEqualTo("DUPLICATE");

		await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.deliveries().isEmpty());
		// any second delivery (of the repeat, or of the scheduled signing) would come within seconds
		await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
			.until(() -> receiver.deliveries().size() == 1);

		WebhookReceiver.Delivery delivery = receiver.deliveries().get(0);
		assertThat(delivery.verified()).as("signature verified with the subscription's secret").isTrue();
		assertThat(delivery.webhookId()).isNotBlank();
		assertThat(delivery.contentType()).startsWith("application/cloudevents+json");
		JsonNode event = delivery.event();
		assertThat(event.path("specversion").asText()).isEqualTo("1.0");
		assertThat(event.path("data").path("milestone").asText()).isEqualTo("SIGNED");
		assertThat(event.path("data").path("status").asText()).isEqualTo("OCCURRED");
		assertThat(event.path("data").path("parties").toString()).isEqualTo("[\"CHN\",\"RUS\"]");

		List<MilestoneEvent> signings = watcher.events()
			.stream()
			.filter((milestone) -> milestone.getMilestone().name().equals("SIGNED"))
			.toList();
		assertThat(signings).extracting((signing) -> signing.getStatus().name())
			.as("the scheduled signing and the signing, each once")
			.containsExactly("EXPECTED", "OCCURRED");
		assertThat(signings.get(0).getDate().getValue()).isEqualTo("2017-10");
		assertThat(event.path("id").asText()).isEqualTo(signings.get(1).getEventId());
	}

}
