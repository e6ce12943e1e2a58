package io.pactwatch.alert.subscription;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * A webhook subscription.
 *
 * @param id its id
 * @param name a label its owner chose
 * @param webhookUrl where matching events are POSTed (http or https)
 * @param webhookSecret the Standard Webhooks signing secret, {@code whsec_} + base64
 * @param filter which events it wants
 * @param createdAt when it was created
 */
public record Subscription(UUID id, String name, URI webhookUrl, String webhookSecret, SubscriptionFilter filter,
		Instant createdAt) {

}
