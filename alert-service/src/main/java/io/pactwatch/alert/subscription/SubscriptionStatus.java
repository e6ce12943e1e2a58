package io.pactwatch.alert.subscription;

/** A paused subscription matches no events; its pending deliveries wait until it is resumed. */
public enum SubscriptionStatus {

	ACTIVE, PAUSED

}
