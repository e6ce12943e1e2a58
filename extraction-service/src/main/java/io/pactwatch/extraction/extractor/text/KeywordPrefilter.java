package io.pactwatch.extraction.extractor.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cheap test that a text may state an agreement milestone, run before any OpenNLP work (on
 * the whole article, then on each sentence): the text must hold, in any order, a word form
 * for every word element of some trigger pattern ("signed" and "pact"; "come" and "into" and
 * "force"). Articles and sentences that cannot hold a milestone cost one scan of their
 * characters and a hash look-up per word.
 */
public final class KeywordPrefilter {

	/** Rules indexed by the forms of their first element, each rule a list of alternative sets. */
	private final Map<String, List<List<Set<String>>>> rulesByAnchor = new HashMap<>();

	/** @param rules for each rule, the word sets that must each have a form in the text */
	public KeywordPrefilter(List<List<Set<String>>> rules) {
		for (List<Set<String>> rule : rules) {
			if (rule.isEmpty()) {
				continue;
			}
			Set<String> anchor = rule.get(0);
			for (Set<String> element : rule) {
				if (element.size() < anchor.size()) {
					anchor = element; // index by the most selective element
				}
			}
			for (String form : anchor) {
				this.rulesByAnchor.computeIfAbsent(form, f -> new ArrayList<>()).add(rule);
			}
		}
	}

	/** Whether the text may match one of the rules. */
	public boolean mayMention(CharSequence text) {
		return mayMention(text, 0, text.length());
	}

	public boolean mayMention(CharSequence text, int from, int to) {
		return mayMention(wordsOf(text, from, to));
	}

	/** Whether a text given as its words ({@link #wordsOf}) may match one of the rules. */
	public boolean mayMention(Set<String> words) {
		for (String word : words) {
			List<List<Set<String>>> rules = this.rulesByAnchor.get(word);
			if (rules == null) {
				continue;
			}
			for (List<Set<String>> rule : rules) {
				if (allPresent(rule, words)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean allPresent(List<Set<String>> rule, Set<String> words) {
		for (Set<String> element : rule) {
			boolean found = false;
			for (String form : element) {
				if (words.contains(form)) {
					found = true;
					break;
				}
			}
			if (!found) {
				return false;
			}
		}
		return true;
	}

	/** Lower-case words; a hyphenated word counts whole and by its parts ("cease-fire", "cease", "fire"). */
	public static Set<String> wordsOf(CharSequence text, int from, int to) {
		Set<String> words = new HashSet<>();
		StringBuilder word = new StringBuilder();
		int partStart = 0;
		for (int i = from; i <= to; i++) {
			char c = (i < to) ? text.charAt(i) : ' ';
			if (Character.isLetter(c)) {
				word.append(Character.toLowerCase(c));
			}
			else if (c == '-' && word.length() > 0 && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
				words.add(word.substring(partStart));
				word.append('-');
				partStart = word.length();
			}
			else {
				if (word.length() > 0) {
					words.add(word.toString());
					if (partStart > 0) {
						words.add(word.substring(partStart));
					}
				}
				word.setLength(0);
				partStart = 0;
			}
		}
		return words;
	}

}
