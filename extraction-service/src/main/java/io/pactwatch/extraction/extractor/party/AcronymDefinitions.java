package io.pactwatch.extraction.extractor.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pactwatch.extraction.extractor.text.Words;
import io.pactwatch.extraction.extractor.text.Words.Word;

/**
 * Organisations that news introduces by their full name and then their acronym in brackets:
 * "the Movement for Democratic Change (MDC)", "the Social Democrats (SPD)", "United Auto
 * Workers (UAW)". Parties, unions, rebel groups and most companies have no legal form or head
 * word to be known by, but this is how any outlet introduces a name it will go on using. The
 * code is the acronym ({@code org:mdc}), the short name the rest of the article uses; the
 * gazetteer's names (states, intergovernmental organisations) are filtered out by the caller.
 */
final class AcronymDefinitions {

	/** "(MDC)", "(ZANU-PF)", "(AT&T)": two to six capitals, optionally a hyphenated suffix. */
	private static final Pattern BRACKETED = Pattern.compile("\\(\\s*([A-Z][A-Z&]{1,5}(?:-[A-Z]{1,4})?)\\s*\\)");

	/** Lower-case words that may sit inside a full name ("Movement for Democratic Change"). */
	private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "de", "du", "des", "der", "la",
			"from", "on", "in");

	/** How many words a full name may have. */
	private static final int MAX_NAME_WORDS = 8;

	/** Last words of names of agreements and plans ("the International Tin Agreement (ITA)"): no organisation. */
	private final Set<String> instrumentHeads;

	AcronymDefinitions(Set<String> instrumentHeads) {
		this.instrumentHeads = instrumentHeads;
	}

	/**
	 * Each definition in {@code text[from, to)} as two mentions: the full name and, at its own
	 * place, the acronym.
	 */
	List<PartyMention> find(String text, int from, int to) {
		List<PartyMention> found = new ArrayList<>();
		if (text.indexOf('(', from) < 0) {
			return found; // most sentences have no brackets: nothing to split
		}
		Matcher m = BRACKETED.matcher(text).region(from, to);
		while (m.find()) {
			String acronym = m.group(1);
			int open = m.start();
			List<Word> before = Words.split(text, Math.max(from, open - 160), open);
			int last = before.size() - 1;
			if (last < 0 || !text.substring(before.get(last).end(), open).isBlank()
					|| !isCapitalised(before.get(last).text())) {
				continue; // "said (MDC)": the acronym does not follow a name
			}
			int first = last;
			while (first > 0 && last - first + 1 < MAX_NAME_WORDS) {
				Word previous = before.get(first - 1);
				boolean joined = isJoined(text, previous.end(), before.get(first).start());
				if (!joined || !(isCapitalised(previous.text()) || CONNECTORS.contains(previous.text()))) {
					break;
				}
				first--;
			}
			// the name starts at the word whose initial the acronym starts with ("Chinese Kuomintang (KMT)")
			char initial = acronym.charAt(0);
			while (first <= last && (CONNECTORS.contains(before.get(first).text())
					|| Character.toUpperCase(before.get(first).text().charAt(0)) != initial)) {
				first++;
			}
			if (first > last || this.instrumentHeads.contains(before.get(last).text())) {
				continue;
			}
			String code = "org:" + acronym.toLowerCase(Locale.ROOT);
			Word start = before.get(first);
			Word end = before.get(last);
			found.add(new PartyMention(code, text.substring(start.start(), end.end()), PartyKind.ORG, start.start(),
					end.end()));
			found.add(new PartyMention(code, acronym, PartyKind.ORG, m.start(1), m.end(1)));
		}
		return found;
	}

	/** Only spaces, or a hyphen, between two words of one name. */
	private static boolean isJoined(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c != ' ' && c != '-') {
				return false;
			}
		}
		return true;
	}

	private static boolean isCapitalised(String word) {
		return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
	}

}
