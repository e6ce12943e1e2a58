package io.pactwatch.alert.subscription;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * One channel of a subscription. Webhook fields are null for other types, and so on.
 *
 * @param id its id (part of every webhook-id of its deliveries)
 * @param subscriptionId its subscription
 * @param type webhook, email or stream
 * @param status whether it gets alerts
 * @param webhookUrl the webhook's URL
 * @param webhookSecret the webhook's current {@code whsec_} secret
 * @param previousSecret the secret before the last rotation, still signing until
 * {@code previousSecretExpiresAt}
 * @param previousSecretExpiresAt the end of the rotation's overlap
 * @param failingSince the first failed attempt since the last success, if failing
 * @param disabledAt when it was disabled
 * @param disabledReason why
 * @param emailAddress the email address
 * @param emailDigest whether the address gets a daily digest rather than one mail per event
 * @param confirmedAt when the address confirmed
 * @param createdAt when it was created
 */
public record Channel(UUID id, UUID subscriptionId, ChannelType type, ChannelStatus status, URI webhookUrl,
		String webhookSecret, String previousSecret, Instant previousSecretExpiresAt, Instant failingSince,
		Instant disabledAt, String disabledReason, String emailAddress, boolean emailDigest, Instant confirmedAt,
		Instant createdAt) {

	public boolean isWebhook() {
		return this.type == ChannelType.WEBHOOK;
	}

	/** A new channel: webhooks get a fresh secret, email addresses wait for their confirmation. */
	static Channel create(ChannelRequest.NewChannel requested, UUID subscriptionId, Instant now) {
		return switch (requested.type()) {
			case WEBHOOK -> new Channel(UUID.randomUUID(), subscriptionId, ChannelType.WEBHOOK, ChannelStatus.ENABLED,
					requested.url(), WebhookSecrets.generate(), null, null, null, null, null, null, false, null, now);
			case EMAIL -> new Channel(UUID.randomUUID(), subscriptionId, ChannelType.EMAIL, ChannelStatus.UNCONFIRMED,
					null, null, null, null, null, null, null, requested.address(), requested.digest(), null, now);
			case STREAM -> new Channel(UUID.randomUUID(), subscriptionId, ChannelType.STREAM, ChannelStatus.ENABLED, null,
					null, null, null, null, null, null, null, false, null, now);
		};
	}

	/** The secrets that sign now: the current one, and the previous one until its overlap ends. */
	public java.util.List<String> signingSecrets(Instant now) {
		if (this.previousSecret != null && this.previousSecretExpiresAt != null && this.previousSecretExpiresAt.isAfter(now)) {
			return java.util.List.of(this.webhookSecret, this.previousSecret);
		}
		return java.util.List.of(this.webhookSecret);
	}

}
