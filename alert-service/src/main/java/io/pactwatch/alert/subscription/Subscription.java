package io.pactwatch.alert.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A tenant's subscription: which milestone events it wants, and where they go.
 *
 * @param id its id
 * @param tenantId its owner
 * @param name a label its owner chose
 * @param status active or paused
 * @param filter which events it wants
 * @param channels where they go, at least one
 * @param createdAt when it was created
 * @param updatedAt when its name, filter or status last changed
 */
public record Subscription(UUID id, UUID tenantId, String name, SubscriptionStatus status, SubscriptionFilter filter,
		List<Channel> channels, Instant createdAt, Instant updatedAt) {

	public Subscription {
		channels = List.copyOf(channels);
	}

	public Subscription withChannels(List<Channel> channels) {
		return new Subscription(this.id, this.tenantId, this.name, this.status, this.filter, channels, this.createdAt,
				this.updatedAt);
	}

}
