package io.pactwatch.extraction.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic ids: the same input always gives the same id, on any instance, after any restart. */
public final class Hashes {

	private Hashes() {
	}

	/** The first {@code hexDigits} hex digits of the SHA-256 of the parts joined by '|'. */
	public static String sha256(int hexDigits, Object... parts) {
		StringBuilder joined = new StringBuilder();
		for (Object part : parts) {
			joined.append(part).append('|');
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).substring(0, hexDigits);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
