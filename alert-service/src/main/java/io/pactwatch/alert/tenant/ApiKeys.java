package io.pactwatch.alert.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys: {@code pwk_} and 32 random bytes in URL-safe base64. Only the SHA-256 of a key is
 * stored (a fast hash suffices for 256 random bits; there is nothing to guess), and the
 * first characters, so that an owner can tell keys apart.
 */
final class ApiKeys {

	static final String PREFIX = "pwk_";

	private static final int KEY_BYTES = 32;

	private static final int SHOWN_CHARS = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private ApiKeys() {
	}

	static String generate() {
		byte[] key = new byte[KEY_BYTES];
		RANDOM.nextBytes(key);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
	}

	static String hash(String key) {
		return HexFormat.of().formatHex(sha256(key));
	}

	static String prefix(String key) {
		return key.substring(0, Math.min(key.length(), PREFIX.length() + SHOWN_CHARS));
	}

	/** Compares two secrets in time that does not depend on where they differ. */
	static boolean sameSecret(String given, String expected) {
		return MessageDigest.isEqual(sha256(given), sha256(expected));
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
