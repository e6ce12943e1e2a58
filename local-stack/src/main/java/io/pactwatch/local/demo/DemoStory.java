package io.pactwatch.local.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.pactwatch.schemas.MilestoneEvent;
import tools.jackson.databind.JsonNode;

/**
 * Tells the story through pactwatch's real APIs: a subscriber asks to hear about signings
 * between China and Russia, then the articles arrive one by one. The subscriber should
 * hear exactly once: when the signing is reported, not when it is expected, and not
 * again when a second outlet repeats it.
 */
public final class DemoStory {

	private static final Duration ARTICLE_TIMEOUT = Duration.ofSeconds(60);

	/** Time for the milestone events and webhooks an article causes to arrive before the next one. */
	private static final Duration SETTLE = Duration.ofSeconds(2);

	private final PactwatchClient client;

	private final String adminKey;

	private final TopicWatcher watcher;

	private final WebhookReceiver receiver;

	private final PrintStream out;

	private String apiKey;

	/**
	 * @param adminKey alert-service's admin key, to create the subscriber's tenant
	 */
	public DemoStory(PactwatchClient client, String adminKey, TopicWatcher watcher, WebhookReceiver receiver,
			PrintStream out) {
		this.client = client;
		this.adminKey = adminKey;
		this.watcher = watcher;
		this.receiver = receiver;
		this.out = out;
	}

	/**
	 * Makes the subscriber a tenant and subscribes its receiver to signings of CHN and RUS;
	 * returns the subscription as the API answered it.
	 */
	public JsonNode subscribe() {
		String tenantName = "demo-subscriber-" + UUID.randomUUID().toString().substring(0, 8);
		this.apiKey = this.client.createTenant(this.adminKey, tenantName).path("apiKey").path("key").asText();
		JsonNode subscription = this.client.subscribeWebhook(this.apiKey, "CHN+RUS signings", this.receiver.url(),
				List.of("CHN", "RUS"), List.of("SIGNED"), List.of("OCCURRED"));
		this.receiver.trust(subscription.path("webhook").path("secret").asText());
		return subscription;
	}

	/** The subscriber tenant's API key, once {@link #subscribe()} made it. */
	public String apiKey() {
		return this.apiKey;
	}

	public void tell(List<StoryArticle> story) {
		JsonNode subscription = subscribe();
		this.out.printf("%nSubscriber: webhook %s%n  wants SIGNED / OCCURRED for parties CHN+RUS (subscription %s)%n",
				this.receiver.url(), subscription.path("id").asText());
		this.watcher.onEvent(this::printEvent);
		this.receiver.onDelivery(this::printDelivery);

		int number = 0;
		for (StoryArticle article : story) {
			number++;
			this.out.printf("%n[%d/%d] %s  %s: \"%s\"%n", number, story.size(), article.publishedAt().substring(0, 10),
					article.source(), article.title());
			JsonNode accepted = this.client.submitArticle(article);
			String id = accepted.path("id").asText();
			this.out.printf("      POST /api/articles -> 202 %s (%s)%n", accepted.path("status").asText(), id);
			awaitRead(id);
			sleep(SETTLE);
		}
		sleep(SETTLE);
		summarise(story.size());
	}

	private void awaitRead(String articleId) {
		long deadline = System.nanoTime() + ARTICLE_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (this.watcher.mentions().stream().anyMatch((mention) -> mention.getArticleId().equals(articleId))) {
				return;
			}
			sleep(Duration.ofMillis(100));
		}
		this.out.printf("      (no milestone read from this article within %d s)%n", ARTICLE_TIMEOUT.toSeconds());
	}

	private void printEvent(MilestoneEvent event) {
		String was = (event.getPreviousStatus() != null) ? " (was " + event.getPreviousStatus() + ")" : "";
		String date = (event.getDate() != null) ? " " + event.getDate().getValue() : "";
		this.out.printf("      agreement.milestones.v1: %s %s%s%s  parties %s  domain %s%n", event.getMilestone(),
				event.getStatus(), was, date, String.join("+", event.getParties()), event.getDomain());
	}

	private void printDelivery(WebhookReceiver.Delivery delivery) {
		JsonNode data = delivery.event().path("data");
		this.out.printf("      >>> WEBHOOK %s: %s %s for %s, signature %s%n", delivery.webhookId(),
				data.path("milestone").asText(), data.path("status").asText(), data.path("parties"),
				delivery.verified() ? "verified" : "NOT VERIFIED");
	}

	private void summarise(int articles) {
		List<WebhookReceiver.Delivery> deliveries = this.receiver.deliveries();
		long verified = deliveries.stream().filter(WebhookReceiver.Delivery::verified).count();
		this.out.printf("%nThe story in pactwatch: %d articles, %d milestone mentions, %d milestone events, "
				+ "%d webhook(s) delivered (%d verified).%n", articles, this.watcher.mentions().size(),
				this.watcher.events().size(), deliveries.size(), verified);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
