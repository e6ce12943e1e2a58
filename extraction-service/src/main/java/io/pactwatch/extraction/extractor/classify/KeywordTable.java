package io.pactwatch.extraction.extractor.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.pactwatch.extraction.extractor.text.DataFile;

/**
 * A data file of labels and their keywords ({@code label <TAB> keywords}), keywords
 * separated by commas, each a word, a {@code prefix*} or a phrase.
 */
final class KeywordTable {

	private final Map<String, KeywordSet> sets;

	private KeywordTable(Map<String, KeywordSet> sets) {
		this.sets = sets;
	}

	static KeywordTable load(String resource) {
		Map<String, KeywordSet> sets = new LinkedHashMap<>();
		for (String[] row : DataFile.rows(resource)) {
			if (row.length < 2) {
				continue;
			}
			sets.put(row[0].trim(), new KeywordSet(parse(row[1])));
		}
		return new KeywordTable(sets);
	}

	/** Keywords of a line, separated by commas; a keyword may be a phrase. */
	private static List<String> parse(String spec) {
		List<String> keywords = new ArrayList<>();
		for (String part : spec.split(",")) {
			if (!part.isBlank()) {
				keywords.add(part.trim().toLowerCase(Locale.ROOT));
			}
		}
		return keywords;
	}

	Map<String, KeywordSet> sets() {
		return this.sets;
	}

	/** Hits of each label in a text. */
	Map<String, Integer> scores(String text) {
		List<String> words = KeywordSet.wordsOf(text);
		String joined = KeywordSet.joined(words);
		Map<String, Integer> scores = new LinkedHashMap<>();
		this.sets.forEach((label, set) -> scores.put(label, set.count(words, joined)));
		return scores;
	}

}
