package io.pactwatch.alert.subscription;

/** Where a subscription's alerts go. */
public enum ChannelType {

	/** POSTed to a URL, signed per Standard Webhooks, CloudEvents JSON. */
	WEBHOOK,

	/** Mailed over SMTP, one mail per event or a daily digest, after double opt-in. */
	EMAIL,

	/** Kept in the tenant's live stream ({@code GET /api/stream}, server-sent events). */
	STREAM

}
