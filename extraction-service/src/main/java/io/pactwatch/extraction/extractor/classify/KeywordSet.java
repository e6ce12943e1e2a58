package io.pactwatch.extraction.extractor.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keywords of a data file line: single words, prefixes ({@code satellite*}) and phrases
 * ({@code remote sensing}), counted in lower-case text.
 */
final class KeywordSet {

	private final Set<String> words = new HashSet<>();

	private final List<String> prefixes = new ArrayList<>();

	private final List<String> phrases = new ArrayList<>();

	/** @param keywords lower-case words, {@code prefix*} or phrases with spaces */
	KeywordSet(List<String> keywords) {
		for (String keyword : keywords) {
			if (keyword.contains(" ")) {
				this.phrases.add(" " + keyword + " ");
			}
			else if (keyword.endsWith("*")) {
				this.prefixes.add(keyword.substring(0, keyword.length() - 1));
			}
			else {
				this.words.add(keyword);
			}
		}
	}

	/** Hits in a text given as its lower-case words and, for phrases, those words joined by spaces. */
	int count(List<String> textWords, String joined) {
		int hits = 0;
		for (String word : textWords) {
			if (this.words.contains(word)) {
				hits++;
				continue;
			}
			for (String prefix : this.prefixes) {
				if (word.startsWith(prefix)) {
					hits++;
					break;
				}
			}
		}
		for (String phrase : this.phrases) {
			int at = joined.indexOf(phrase);
			while (at >= 0) {
				hits += 2; // a phrase is stronger evidence than a word
				at = joined.indexOf(phrase, at + 1);
			}
		}
		return hits;
	}

	/** Lower-case words of a text (letters, digits and inner hyphens). */
	static List<String> wordsOf(String text) {
		List<String> words = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < n && (Character.isLetterOrDigit(text.charAt(i))
					|| text.charAt(i) == '-' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)))) {
				i++;
			}
			if (i > start) {
				words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
			}
		}
		return words;
	}

	static String joined(List<String> words) {
		return " " + String.join(" ", words) + " ";
	}

}
