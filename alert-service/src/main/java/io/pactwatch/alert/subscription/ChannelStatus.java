package io.pactwatch.alert.subscription;

/** Whether a channel gets alerts. */
public enum ChannelStatus {

	/** Gets alerts. */
	ENABLED,

	/** A webhook that answered 410 Gone, kept failing, or was disabled by its owner: its deliveries wait. */
	DISABLED,

	/** An email address that has not confirmed yet: it gets nothing but the confirmation mail. */
	UNCONFIRMED,

	/** An email address that unsubscribed: it gets nothing more. */
	UNSUBSCRIBED

}
