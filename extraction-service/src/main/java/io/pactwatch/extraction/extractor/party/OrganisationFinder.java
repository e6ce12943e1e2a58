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
 * Finds companies and other organisations that no gazetteer can list, by the way news names
 * them: a capitalised name before a legal form ("PPG Industries Inc", "General Motors Corp"),
 * before a stock ticker ("Pechiney &lt;PUKG.PA&gt;") or inside the angle brackets news wires put
 * around unlisted companies ("&lt;Trunkline Gas Co&gt;"). Codes are {@code org:} and the name
 * in lower case without its legal form, as eval/EVAL.md asks.
 */
public final class OrganisationFinder {

	private static final Set<String> LEGAL_FORMS = Set.of("Corp", "Corporation", "Co", "Cos", "Inc", "Incorporated",
			"Ltd", "Limited", "Plc", "PLC", "plc", "AG", "SA", "S.A", "NV", "N.V", "BV", "SpA", "GmbH", "LLC", "Group",
			"Holdings", "Bhd", "KK", "AB", "ASA", "Oyj");

	/** Words that may sit inside a company name in lower case. */
	private static final Set<String> NAME_CONNECTORS = Set.of("&", "and", "of", "de", "du", "des", "der", "di", "la",
			"y", "van", "von");

	/** Capitalised words that start a sentence or a title rather than a name. */
	private static final Set<String> NOT_NAME_START = Set.of("The", "A", "An", "Under", "In", "But", "And", "Its",
			"Their", "His", "Her", "Both", "State-owned", "U.S", "US", "British", "French", "Japanese", "German",
			"West", "East", "Italian", "Canadian", "New", "With", "For", "By", "On", "At", "After", "Before",
			"Mr", "President", "Chairman", "Minister", "Secretary");

	/** Words of people's titles: "Finance Minister Gustavo Petricioli said it..." names a person. */
	private static final Set<String> TITLE_WORDS = Set.of("Minister", "President", "Secretary", "Chairman",
			"Governor", "Premier", "Ambassador", "Director", "Spokesman", "Spokeswoman", "Mr", "Mrs", "Ms", "Dr",
			"Chancellor", "King", "Queen", "Prince", "Sheikh", "General", "Senator", "Representative", "Chief",
			"Officials", "Sources", "Analysts", "Delegates", "Reuters", "Reuter", "He", "She", "It", "They",
			"Envoy", "Mayor", "Judge", "Lord", "Sir", "Bishop", "Pope", "Commissioner", "Adviser", "Advisor");

	private static final Pattern ANGLE = Pattern.compile("<([^<>\\n]{1,60})>");

	private static final Pattern TICKER = Pattern.compile("[A-Z0-9.\\-]{1,12}");

	private static final Pattern SAID_IT = Pattern
		.compile("^\\s*(?:[A-Z][\\w&.'-]*\\s+){0,3}[A-Z][\\w&.'-]*\\s+(?:said|announced|says|reported)\\s+(?:it|they)\\b");

	/** Organisations named in {@code text[from, to)}. */
	public List<PartyMention> find(String text, int from, int to) {
		List<PartyMention> found = new ArrayList<>();
		List<Word> words = Words.split(text, from, to);
		for (int i = 0; i < words.size(); i++) {
			Word word = words.get(i);
			boolean legal = LEGAL_FORMS.contains(word.text()) && i > 0 && isCapitalised(words.get(i - 1).text());
			if (legal) {
				addName(found, text, words, i, false);
			}
		}
		Matcher angle = ANGLE.matcher(text).region(from, to);
		while (angle.find()) {
			String inner = angle.group(1).trim();
			if (TICKER.matcher(inner).matches()) {
				int end = angle.start();
				List<Word> before = Words.split(text, from, end);
				int last = before.size();
				if (last > 0 && text.substring(before.get(last - 1).end(), end).isBlank()) {
					addName(found, text, before, last, true);
				}
			}
			else if (inner.chars().anyMatch(Character::isLowerCase)) {
				List<Word> name = Words.split(text, angle.start(1), angle.end(1));
				int stop = name.size();
				while (stop > 0 && LEGAL_FORMS.contains(name.get(stop - 1).text())) {
					stop--;
				}
				if (stop > 0) {
					add(found, text, name.get(0), name.get(stop - 1));
				}
			}
		}
		Matcher saidIt = SAID_IT.matcher(text).region(from, to);
		if (saidIt.find()) {
			// "Pechiney said it signed...": the sentence's subject is the organisation speaking for itself
			List<Word> subject = Words.split(text, from, saidIt.end());
			int verb = subject.size() - 2;
			if (verb > 0) {
				addName(found, text, subject, verb, true);
			}
		}
		return found;
	}

	/**
	 * Adds the capitalised run of words ending just before index {@code end}; with
	 * {@code bare} there is no legal form after it, so single common words are refused.
	 */
	private static void addName(List<PartyMention> found, String text, List<Word> words, int end, boolean bare) {
		int start = end;
		while (start > 0 && end - start < 5) {
			String w = words.get(start - 1).text();
			if (LEGAL_FORMS.contains(w)) {
				break; // the end of the previous name
			}
			if (isCapitalised(w) || (NAME_CONNECTORS.contains(w) && start - 1 > 0 && start < end)) {
				start--;
			}
			else {
				break;
			}
		}
		while (start < end && (NOT_NAME_START.contains(words.get(start).text())
				|| NAME_CONNECTORS.contains(words.get(start).text()))) {
			start++;
		}
		if (start >= end) {
			return;
		}
		if (bare && end - start == 1 && words.get(start).text().length() < 3) {
			return;
		}
		for (int i = Math.max(0, start - 1); i < end; i++) {
			if (TITLE_WORDS.contains(words.get(i).text())) {
				return; // "Premier Brian Peckford said it...": a person
			}
		}
		add(found, text, words.get(start), words.get(end - 1));
	}

	private static void add(List<PartyMention> found, String text, Word first, Word last) {
		String surface = text.substring(first.start(), last.end());
		String code = "org:" + surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
		for (PartyMention m : found) {
			if (m.overlaps(first.start(), last.end())) {
				return;
			}
		}
		found.add(new PartyMention(code, surface, PartyKind.ORG, first.start(), last.end()));
	}

	private static boolean isCapitalised(String word) {
		return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)));
	}

}
