package io.pactwatch.extraction.extractor.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A light word splitter for dictionary look-ups (party names, keywords), independent of the
 * OpenNLP tokenizer so that it can run on every sentence cheaply. Words are runs of letters,
 * digits, periods, apostrophes and ampersands; a trailing period, quote or possessive is cut
 * ("Turkey." and "Nigeria's" give "Turkey" and "Nigeria") unless {@link #keepsPeriod} says
 * the period belongs to the word ("U.S.").
 */
public final class Words {

	private Words() {
	}

	/**
	 * A word of a text.
	 *
	 * @param text the word, cut of trailing punctuation and possessive
	 * @param start offset of the word
	 * @param end offset just past the word (cut part excluded)
	 * @param withPeriod the word with its trailing period, or {@code null} if it had none
	 */
	public record Word(String text, int start, int end, String withPeriod) {
	}

	public static List<Word> split(String text, int from, int to) {
		List<Word> words = new ArrayList<>();
		int i = from;
		while (i < to) {
			while (i < to && !isWordChar(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < to && (isWordChar(text.charAt(i)) || isInnerPunct(text, i, to))) {
				i++;
			}
			int end = i;
			String withPeriod = null;
			// possessive 's or ' (also typographic)
			if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
					&& isApostrophe(text.charAt(end - 2))) {
				end -= 2;
			}
			while (end > start && isApostrophe(text.charAt(end - 1))) {
				end--;
			}
			if (end > start && text.charAt(end - 1) == '.') {
				withPeriod = text.substring(start, end);
				end--;
			}
			if (end > start) {
				words.add(new Word(text.substring(start, end), start, end, withPeriod));
			}
		}
		return words;
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '&';
	}

	/** Periods and apostrophes inside a word ("U.S.", "d'Ivoire"); a period may also end it. */
	private static boolean isInnerPunct(String text, int i, int to) {
		char c = text.charAt(i);
		if (c == '.') {
			return true;
		}
		return isApostrophe(c) && i + 1 < to && Character.isLetter(text.charAt(i + 1));
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '\u2019';
	}

}
