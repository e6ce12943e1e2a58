package io.pactwatch.alert.subscription;

import java.util.Locale;

/**
 * Canonical party codes as in eval/EVAL.md: states and intergovernmental organisations in
 * upper case ({@code CHN}, {@code EU}), other organisations as {@code org:} and a lower-case
 * short name ({@code org:shell}). Filters and events are compared in this form.
 */
public final class Parties {

	private static final String ORG_PREFIX = "org:";

	private Parties() {
	}

	public static String normalize(String party) {
		String trimmed = party.strip().replaceAll("\\s+", " ");
		if (trimmed.regionMatches(true, 0, ORG_PREFIX, 0, ORG_PREFIX.length())) {
			return trimmed.toLowerCase(Locale.ROOT);
		}
		return trimmed.toUpperCase(Locale.ROOT);
	}

}
