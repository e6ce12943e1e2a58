package io.pactwatch.alert.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A subscription as the API shows it. Webhook secrets are in full only in the answers that
 * create them (the subscription, a channel, a rotation); elsewhere they are masked.
 * {@code webhook} repeats the first webhook channel's URL and secret (the shape of v1).
 */
record SubscriptionView(UUID id, String name, SubscriptionStatus status, FilterView filter, List<ChannelView> channels,
		@JsonInclude(JsonInclude.Include.NON_NULL) WebhookView webhook, Instant createdAt, Instant updatedAt) {

	record WebhookView(UUID channelId, String url, String secret) {
	}

	record FilterView(List<String> parties, PartiesMatch partiesMatch, List<String> milestones, List<String> statuses,
			List<String> domains, Double minConfidence, List<String> keywords) {
	}

	/** One channel; fields that do not apply to its type are left out. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ChannelView(UUID id, ChannelType type, ChannelStatus status, String url, String secret,
			Instant previousSecretExpiresAt, Instant failingSince, Instant disabledAt, String disabledReason,
			String address, Boolean digest, Instant confirmedAt, Instant createdAt) {

		static ChannelView of(Channel channel, boolean showSecret, Instant now) {
			boolean webhook = channel.isWebhook();
			boolean email = channel.type() == ChannelType.EMAIL;
			Instant overlapEnds = channel.previousSecretExpiresAt();
			return new ChannelView(channel.id(), channel.type(), channel.status(),
					webhook ? channel.webhookUrl().toString() : null,
					webhook ? (showSecret ? channel.webhookSecret() : WebhookSecrets.mask(channel.webhookSecret())) : null,
					(overlapEnds != null && overlapEnds.isAfter(now)) ? overlapEnds : null, channel.failingSince(),
					channel.disabledAt(), channel.disabledReason(), email ? channel.emailAddress() : null,
					email ? channel.emailDigest() : null, channel.confirmedAt(), channel.createdAt());
		}

	}

	static SubscriptionView withSecrets(Subscription subscription, Instant now) {
		return of(subscription, true, now);
	}

	static SubscriptionView masked(Subscription subscription, Instant now) {
		return of(subscription, false, now);
	}

	private static SubscriptionView of(Subscription subscription, boolean showSecrets, Instant now) {
		SubscriptionFilter filter = subscription.filter();
		List<ChannelView> channels = subscription.channels()
			.stream()
			.map((channel) -> ChannelView.of(channel, showSecrets, now))
			.toList();
		WebhookView webhook = channels.stream()
			.filter((channel) -> channel.type() == ChannelType.WEBHOOK)
			.findFirst()
			.map((channel) -> new WebhookView(channel.id(), channel.url(), channel.secret()))
			.orElse(null);
		return new SubscriptionView(subscription.id(), subscription.name(), subscription.status(),
				new FilterView(filter.parties(), filter.partiesMatch(), names(filter.milestones()),
						names(filter.statuses()), names(filter.domains()), filter.minConfidence(), filter.keywords()),
				channels, webhook, subscription.createdAt(), subscription.updatedAt());
	}

	private static List<String> names(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toList();
	}

}
