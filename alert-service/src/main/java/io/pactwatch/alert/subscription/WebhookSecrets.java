package io.pactwatch.alert.subscription;

import java.security.SecureRandom;
import java.util.Base64;

/** Standard Webhooks signing secrets: {@code whsec_} and the base64 of 32 random bytes. */
final class WebhookSecrets {

	static final String PREFIX = "whsec_";

	private static final int KEY_BYTES = 32;

	private static final int SHOWN_CHARS = 4;

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSecrets() {
	}

	static String generate() {
		byte[] key = new byte[KEY_BYTES];
		RANDOM.nextBytes(key);
		return PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/** The prefix and the first characters of the key, so that an owner can tell secrets apart. */
	static String mask(String secret) {
		String key = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
		return PREFIX + key.substring(0, Math.min(SHOWN_CHARS, key.length())) + "****";
	}

}
