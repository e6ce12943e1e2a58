package io.pactwatch.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/** A feed's id (a hash of its URL with scheme and host in lower case) and its interval. */
final class FeedIds {

	private FeedIds() {
	}

	static String idFor(String url) {
		String normalised = url.strip();
		try {
			URI uri = new URI(normalised);
			normalised = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT)
					+ ((uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath())
					+ ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}
		catch (URISyntaxException | NullPointerException ex) {
			// an unusual URL keeps its own spelling
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
			return "f-" + HexFormat.of().formatHex(digest).substring(0, 20);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	static long intervalSeconds(Duration interval, FeedProperties properties) {
		Duration chosen = (interval != null) ? interval : properties.defaultInterval();
		if (chosen.compareTo(properties.minInterval()) < 0) {
			chosen = properties.minInterval();
		}
		return Math.max(1, chosen.toSeconds());
	}

}
