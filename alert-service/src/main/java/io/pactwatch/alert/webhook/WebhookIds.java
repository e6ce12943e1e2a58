package io.pactwatch.alert.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The Standard Webhooks {@code webhook-id} of one delivery: {@code msg_} and a hash of the
 * subscription and the event, so it is the same on every retry and for a redelivered event,
 * and different for each (subscription, event).
 */
public final class WebhookIds {

	private static final int HASH_BYTES = 16;

	private WebhookIds() {
	}

	public static String of(UUID subscriptionId, String eventId) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			byte[] hash = sha256.digest((subscriptionId + "\n" + eventId).getBytes(StandardCharsets.UTF_8));
			return "msg_" + HexFormat.of().formatHex(hash, 0, HASH_BYTES);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
