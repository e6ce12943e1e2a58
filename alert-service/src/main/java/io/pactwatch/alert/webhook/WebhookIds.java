package io.pactwatch.alert.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The Standard Webhooks {@code webhook-id} of one delivery: {@code msg_} and a hash of the
 * channel and the event, so it is the same on every retry, replay and for a redelivered event,
 * and different for each (channel, event). A channel made from a v1 subscription has the
 * subscription's id, so its ids did not change.
 */
public final class WebhookIds {

	private static final int HASH_BYTES = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookIds() {
	}

	/** A webhook-id of its own, for a message that is sent once (a test ping). */
	public static String random() {
		byte[] bytes = new byte[HASH_BYTES];
		RANDOM.nextBytes(bytes);
		return "msg_" + HexFormat.of().formatHex(bytes);
	}

	public static String of(UUID channelId, String eventId) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			byte[] hash = sha256.digest((channelId + "\n" + eventId).getBytes(StandardCharsets.UTF_8));
			return "msg_" + HexFormat.of().formatHex(hash, 0, HASH_BYTES);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
