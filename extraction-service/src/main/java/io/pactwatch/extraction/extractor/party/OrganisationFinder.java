package io.pactwatch.extraction.extractor.party;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pactwatch.extraction.extractor.text.DataFile;
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
			"Mr", "President", "Chairman", "Minister", "Secretary", "Monday", "Tuesday", "Wednesday", "Thursday",
			"Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December", "Today", "Yesterday", "According");

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

	private static final String WORDS = "extraction/organisation-words.tsv";

	/** Last words of names that say a company ("Air Lines", "Motors"), kept in the name. */
	private final Set<String> nameHeads;

	/** Words that make a name generic ("the Central Bank"). */
	private final Set<String> generic;

	/** Common nouns that introduce a name ("the shipping line Unimar", "Citgo, the subsidiary"). */
	private final Set<String> descriptors;

	private final AcronymDefinitions acronyms;

	public OrganisationFinder() {
		Map<String, Set<String>> classes = new HashMap<>();
		for (String[] row : DataFile.rows(WORDS)) {
			if (row.length >= 2) {
				classes.put(row[0].trim(), Set.of(row[1].trim().replace('_', ' ').split("\\s+")));
			}
		}
		this.nameHeads = classes.getOrDefault("NAME_HEAD", Set.of());
		this.generic = classes.getOrDefault("GENERIC", Set.of());
		this.descriptors = classes.getOrDefault("DESCRIPTOR", Set.of());
		this.acronyms = new AcronymDefinitions(classes.getOrDefault("INSTRUMENT_HEAD", Set.of()));
	}

	/** Organisations named in {@code text[from, to)}. */
	public List<PartyMention> find(String text, int from, int to) {
		// a name defined by its acronym is coded by the acronym, whatever other rule also finds it
		List<PartyMention> found = this.acronyms.find(text, from, to);
		List<Word> words = Words.split(text, from, to);
		for (int i = 0; i < words.size(); i++) {
			Word word = words.get(i);
			boolean legal = LEGAL_FORMS.contains(word.text()) && i > 0 && isCapitalised(words.get(i - 1).text());
			if (legal) {
				addName(found, text, words, i, false);
			}
		}
		for (int i = 1; i < words.size(); i++) {
			if (this.nameHeads.contains(words.get(i).text()) && isCapitalised(words.get(i - 1).text())
					&& !followsLegalForm(words, i)) {
				addHeadedName(found, text, words, i);
			}
		}
		for (int i = 0; i + 1 < words.size(); i++) {
			if (this.descriptors.contains(words.get(i).text()) && isCapitalised(words.get(i + 1).text())) {
				if (isBlank(text, words.get(i).end(), words.get(i + 1).start())) {
					addNameAfter(found, text, words, i + 1);
				}
				else if (isCommaBetween(text, words.get(i).end(), words.get(i + 1).start())) {
					addAppositiveName(found, text, words, i + 1);
				}
			}
		}
		addNamesBeforeAppositions(found, text, words);
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

	private static boolean followsLegalForm(List<Word> words, int i) {
		return i + 1 < words.size() && LEGAL_FORMS.contains(words.get(i + 1).text());
	}

	/** "Delta Air Lines agreed...": the name runs up to and including its head word. */
	private void addHeadedName(List<PartyMention> found, String text, List<Word> words, int head) {
		int start = head;
		while (start > 0 && head - start < 4 && isCapitalised(words.get(start - 1).text())
				&& !LEGAL_FORMS.contains(words.get(start - 1).text())
				&& isBlank(text, words.get(start - 1).end(), words.get(start).start())) {
			start--;
		}
		while (start < head && NOT_NAME_START.contains(words.get(start).text())) {
			start++;
		}
		if (start == head || isTitled(words, start, head) || allGeneric(words, start, head)) {
			return;
		}
		add(found, text, words.get(start), words.get(head));
	}

	/** "the shipping line Unimar Seetransport": the capitalised run after the descriptor. */
	private void addNameAfter(List<PartyMention> found, String text, List<Word> words, int start) {
		int end = start;
		while (end + 1 < words.size() && end - start < 4 && (isCapitalised(words.get(end + 1).text())
				|| NAME_CONNECTORS.contains(words.get(end + 1).text()) && !"and".equals(words.get(end + 1).text())
						&& end + 2 < words.size()
						&& isCapitalised(words.get(end + 2).text()))
				&& isBlank(text, words.get(end).end(), words.get(end + 1).start())) {
			end++;
		}
		while (end > start && LEGAL_FORMS.contains(words.get(end).text())) {
			end--;
		}
		if (NOT_NAME_START.contains(words.get(start).text()) || isTitled(words, start, end + 1)
				|| allGeneric(words, start, end + 1)) {
			return;
		}
		add(found, text, words.get(start), words.get(end));
	}

	/** Words after a name set off by commas that make it a speaker, not an apposition ("the union, Ford said"). */
	private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "reported", "announced");

	/**
	 * "negotiations between the airline and its union, Vereinigung Cockpit, failed": a name set
	 * off by commas right after its descriptor, closed by a comma or the sentence's end.
	 */
	private void addAppositiveName(List<PartyMention> found, String text, List<Word> words, int start) {
		int end = start;
		while (end + 1 < words.size() && end - start < 4 && isCapitalised(words.get(end + 1).text())
				&& isBlank(text, words.get(end).end(), words.get(end + 1).start())) {
			end++;
		}
		int after = words.get(end).end();
		while (after < text.length() && text.charAt(after) == ' ') {
			after++;
		}
		boolean closed = after >= text.length() || ",.;".indexOf(text.charAt(after)) >= 0;
		boolean speaker = end + 1 < words.size() && SPEECH.contains(words.get(end + 1).text());
		if (!closed || speaker || NOT_NAME_START.contains(words.get(start).text()) || isTitled(words, start, end + 1)
				|| allGeneric(words, start, end + 1)) {
			return;
		}
		add(found, text, words.get(start), words.get(end));
	}

	/** "Citgo, the Houston-based subsidiary of ...": a name set off before its descriptor. */
	private void addNamesBeforeAppositions(List<PartyMention> found, String text, List<Word> words) {
		for (int i = 0; i + 2 < words.size(); i++) {
			String article = words.get(i + 1).text();
			if (!("the".equals(article) || "a".equals(article) || "an".equals(article))
					|| !isCapitalised(words.get(i).text())
					|| !isCommaBetween(text, words.get(i).end(), words.get(i + 1).start())) {
				continue;
			}
			for (int k = i + 2; k < words.size() && k <= i + 6; k++) {
				String w = words.get(k).text();
				if (this.descriptors.contains(w)) {
					int start = i;
					while (start > 0 && i - start < 3 && isCapitalised(words.get(start - 1).text())
							&& isBlank(text, words.get(start - 1).end(), words.get(start).start())) {
						start--;
					}
					while (start < i && (NOT_NAME_START.contains(words.get(start).text())
							|| isSentenceStart(text, words, start))) {
						start++;
					}
					if (!isTitled(words, start, i + 1) && !allGeneric(words, start, i + 1)
							&& !(start == i && isSentenceStart(text, words, start) && words.get(i).text().length() < 3)
							&& !(start == i && isSentenceStart(text, words, start) && !isUsedMidSentence(text, words.get(i).text()))) {
						// "Additionally, the union ...": an opening adverb, unless the article uses the word as a name
						add(found, text, words.get(start), words.get(i));
					}
					break;
				}
				if (!isBlank(text, words.get(k - 1).end(), words.get(k).start())) {
					break; // the apposition ends at the next punctuation
				}
			}
		}
	}

	/** Whether the word also appears capitalised after a lower-case word: a name, not a sentence opener. */
	private static boolean isUsedMidSentence(String text, String word) {
		int at = text.indexOf(word);
		while (at >= 0) {
			int before = at - 1;
			while (before >= 0 && text.charAt(before) == ' ') {
				before--;
			}
			if (before >= 0 && Character.isLowerCase(text.charAt(before))) {
				return true;
			}
			at = text.indexOf(word, at + word.length());
		}
		return false;
	}

	/** Whether only spaces separate two words (no allocation: this runs on every word of an article). */
	private static boolean isBlank(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** Whether a comma, and spaces only, separate two words. */
	private static boolean isCommaBetween(String text, int from, int to) {
		int commas = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == ',') {
				commas++;
			}
			else if (!Character.isWhitespace(c)) {
				return false;
			}
		}
		return commas == 1;
	}

	/** Whether the word opens a sentence, where any word is capitalised. */
	private static boolean isSentenceStart(String text, List<Word> words, int index) {
		int at = words.get(index).start() - 1;
		while (at >= 0 && text.charAt(at) == ' ') {
			at--;
		}
		return at < 0 || ".!?\n\"".indexOf(text.charAt(at)) >= 0;
	}

	private static boolean isTitled(List<Word> words, int start, int end) {
		for (int i = Math.max(0, start - 1); i < end; i++) {
			if (TITLE_WORDS.contains(words.get(i).text())) {
				return true;
			}
		}
		return false;
	}

	private boolean allGeneric(List<Word> words, int start, int end) {
		for (int i = start; i < end; i++) {
			String w = words.get(i).text();
			if (!this.generic.contains(w) && !this.nameHeads.contains(w) && !NAME_CONNECTORS.contains(w)) {
				return false;
			}
		}
		return true;
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
		if (bare && isTitled(words, start, end)) {
			return; // "Premier Brian Peckford said it...": a person; "General Motors Corp" is a company
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
