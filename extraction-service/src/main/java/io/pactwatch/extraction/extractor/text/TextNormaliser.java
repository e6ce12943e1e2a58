package io.pactwatch.extraction.extractor.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what misleads the sentence detector and the tagger: a wire-service habit, a word
 * capitalised after an abbreviation's period ("the U.S. And Japan", "the U.S. Market"), and
 * typeset apostrophes. The copy keeps every offset, so tokens still point into the original body.
 */
final class TextNormaliser {

	private static final Pattern AFTER_ABBREVIATION = Pattern
		.compile("\\b(?:U\\.S|U\\.K|U\\.N|Corp|Co|Inc|Ltd|St|Mr|Dr|Gen|Sen|Rep|Gov)\\. ([A-Z][a-z]+)");

	/** Words that are never names, so lower-casing them is safe. */
	private static final Set<String> COMMON = Set.of("and", "or", "of", "in", "on", "to", "for", "with", "is", "was",
			"are", "were", "has", "had", "have", "will", "would", "said", "says", "but", "as", "at", "by", "from",
			"that", "which", "who", "market", "markets", "economy", "government", "delegation", "side", "officials",
			"official", "trade", "dollar", "interest", "companies", "firms", "industry", "banks", "semiconductor",
			"exports", "imports", "negotiators", "also", "could", "should", "may", "might", "must", "not", "than",
			"administration", "team", "sources", "policy", "budget", "deficit", "surplus", "share", "shares", "plan",
			"move", "position", "demands", "proposal", "offer", "pact", "agreement");

	private static final char TYPESET_APOSTROPHE = '\u2019';

	private TextNormaliser() {
	}

	static String normalise(String text) {
		// the models learnt the typewriter apostrophe: "won’t" and "China’s" read as "won't" and "China's"
		text = text.replace(TYPESET_APOSTROPHE, '\'');
		if (text.indexOf('.') < 0) {
			return text;
		}
		Matcher matcher = AFTER_ABBREVIATION.matcher(text);
		StringBuilder copy = null;
		while (matcher.find()) {
			String word = matcher.group(1);
			if (COMMON.contains(word.toLowerCase())) {
				if (copy == null) {
					copy = new StringBuilder(text);
				}
				copy.setCharAt(matcher.start(1), Character.toLowerCase(word.charAt(0)));
			}
		}
		return (copy != null) ? copy.toString() : text;
	}

}
