package io.pactwatch.ingest.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Stable identity of an article: the same story submitted again gets the same id. The id
 * hashes the canonical URL when there is one (the text of a page may be re-fetched with
 * small changes), else the normalised title and body.
 */
final class ArticleIds {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** Query parameters that track the click, not the content. */
	private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid",
			"mc_eid", "igshid", "ref", "ref_src", "cmpid", "ocid", "smid", "_ga");

	private ArticleIds() {
	}

	static String idFor(String url, String title, String body) {
		String identity = (url != null) ? "url:" + canonicalUrl(url) : "text:" + normalise(title) + "\n" + normalise(body);
		return "a-" + sha256(identity).substring(0, 32);
	}

	static String contentHash(String title, String body) {
		return sha256(normalise(title) + "\n" + normalise(body));
	}

	/**
	 * The URL with its scheme and host in lower case, the default port, the fragment and
	 * tracking parameters removed, the remaining parameters sorted and no trailing slash.
	 */
	static String canonicalUrl(String url) {
		try {
			URI uri = new URI(url.trim());
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			String host = uri.getHost().toLowerCase(Locale.ROOT);
			int port = uri.getPort();
			boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
					|| ("https".equals(scheme) && port == 443);
			String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
			if (path.length() > 1 && path.endsWith("/")) {
				path = path.substring(0, path.length() - 1);
			}
			String query = canonicalQuery(uri.getRawQuery());
			return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
		}
		catch (URISyntaxException | NullPointerException ex) {
			throw new IllegalArgumentException("Not an absolute URL: " + url, ex);
		}
	}

	private static String canonicalQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		return Arrays.stream(rawQuery.split("&"))
			.filter((parameter) -> !parameter.isEmpty())
			.filter((parameter) -> !isTracking(parameter.split("=", 2)[0]))
			.sorted()
			.collect(Collectors.joining("&"));
	}

	private static boolean isTracking(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.startsWith("utm_") || TRACKING_PARAMETERS.contains(lower);
	}

	/** Unicode-compatible, case-folded, whitespace collapsed: formatting differences do not make a new article. */
	static String normalise(String text) {
		String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
		return WHITESPACE.matcher(compatible.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

	private static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
