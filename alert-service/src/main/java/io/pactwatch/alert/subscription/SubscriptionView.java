package io.pactwatch.alert.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A subscription as the API shows it. The webhook secret is in full only in the response
 * to its creation; elsewhere it is masked.
 */
record SubscriptionView(UUID id, String name, WebhookView webhook, FilterView filter, Instant createdAt) {

	record WebhookView(String url, String secret) {
	}

	record FilterView(List<String> parties, List<String> milestones, List<String> statuses) {
	}

	static SubscriptionView withSecret(Subscription subscription) {
		return of(subscription, subscription.webhookSecret());
	}

	static SubscriptionView masked(Subscription subscription) {
		return of(subscription, WebhookSecrets.mask(subscription.webhookSecret()));
	}

	private static SubscriptionView of(Subscription subscription, String secret) {
		SubscriptionFilter filter = subscription.filter();
		return new SubscriptionView(subscription.id(), subscription.name(),
				new WebhookView(subscription.webhookUrl().toString(), secret),
				new FilterView(filter.parties(), filter.milestones().stream().map(Enum::name).toList(),
						filter.statuses().stream().map(Enum::name).toList()),
				subscription.createdAt());
	}

}
