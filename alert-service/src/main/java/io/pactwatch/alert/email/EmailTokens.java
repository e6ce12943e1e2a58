package io.pactwatch.alert.email;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed tokens of email links: {@code base64url(purpose, channel id, expiry) . base64url(
 * HMAC-SHA256)}. An unsubscribe token never expires (RFC 8058 links must keep working); a
 * confirmation token does.
 */
final class EmailTokens {

	enum Purpose {

		CONFIRM, UNSUBSCRIBE

	}

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final int PAYLOAD = 1 + 16 + 8;

	private final byte[] key;

	EmailTokens(String secret) {
		this.key = secret.getBytes(StandardCharsets.UTF_8);
	}

	static String newSecret() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return ENCODER.encodeToString(bytes);
	}

	String sign(Purpose purpose, UUID channelId, Instant expires) {
		ByteBuffer payload = ByteBuffer.allocate(PAYLOAD);
		payload.put((byte) purpose.ordinal());
		payload.putLong(channelId.getMostSignificantBits()).putLong(channelId.getLeastSignificantBits());
		payload.putLong((expires != null) ? expires.getEpochSecond() : Long.MAX_VALUE);
		return ENCODER.encodeToString(payload.array()) + "." + ENCODER.encodeToString(mac(payload.array()));
	}

	/** The channel the token was made for, if it is genuine, of this purpose and not expired. */
	Optional<UUID> verify(Purpose purpose, String token, Instant now) {
		if (token == null || token.length() > 200) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		try {
			byte[] payload = DECODER.decode(token.substring(0, dot));
			byte[] signature = DECODER.decode(token.substring(dot + 1));
			if (payload.length != PAYLOAD || !MessageDigest.isEqual(signature, mac(payload))) {
				return Optional.empty();
			}
			ByteBuffer buffer = ByteBuffer.wrap(payload);
			if (buffer.get() != purpose.ordinal()) {
				return Optional.empty();
			}
			UUID channelId = new UUID(buffer.getLong(), buffer.getLong());
			long expires = buffer.getLong();
			return (now.getEpochSecond() <= expires) ? Optional.of(channelId) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private byte[] mac(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
