package io.pactwatch.alert.delivery;

/** Where a delivery stands. */
public enum DeliveryStatus {

	/** Waiting for its next attempt (or being attempted). */
	PENDING,

	/** The receiver took it: a webhook answered 2xx, the mail server accepted the mail. */
	DELIVERED,

	/** Every attempt of the retry schedule failed, or the webhook answered 410 Gone: no more attempts. */
	FAILED,

	/** Its webhook is disabled or its subscription paused: sent when enabled or resumed. */
	HELD,

	/** Waits for its email channel's next digest. */
	QUEUED,

	/** Its email address unsubscribed before it went out. */
	CANCELLED

}
