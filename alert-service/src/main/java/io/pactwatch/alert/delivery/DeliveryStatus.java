package io.pactwatch.alert.delivery;

/** Where a delivery stands. */
public enum DeliveryStatus {

	/** Waiting for its next attempt (or being attempted). */
	PENDING,

	/** A receiver answered 2xx. */
	DELIVERED,

	/** Every attempt of the retry schedule failed: dead, no more attempts. */
	FAILED

}
