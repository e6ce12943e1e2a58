package io.pactwatch.extraction.extractor.party;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.pactwatch.extraction.extractor.text.DataFile;
import io.pactwatch.extraction.extractor.text.TaggedSentence;
import io.pactwatch.extraction.extractor.text.Token;

/**
 * Organisations known only by a bare proper name ("Lufthansa", "Ask Jeeves", "Kuomintang"),
 * found where a milestone's parties stand: the subject of its verb ("Lufthansa and the union
 * had reached an agreement"), after "between" ("talks between Citgo and ..."), after "with"
 * ("a deal with Gazprom") and as what a deal buys ("a deal to buy Ask Jeeves"). No list can
 * hold every airline, union, party and rebel group of modern news, but these places hold
 * parties, so a name there that is no state, place or person is an organisation. A name is a
 * person's when a title precedes it ("President Robert Mugabe", "chief Prachanda") or when
 * the article also uses its last word alone after a first name ("Robert Mugabe ... Mugabe").
 */
public final class ArgumentNames {

	private static final String WORDS = "extraction/organisation-words.tsv";

	/** How many tokens after the trigger "between" or "with" may introduce its parties. */
	private static final int AFTER_REACH = 8;

	/** How many tokens a subject may span before its verb. */
	private static final int SUBJECT_REACH = 12;

	/** Verbs after an agreement noun whose object is the other party ("a deal to buy X"). */
	private static final Set<String> ACQUIRING = Set.of("buy", "acquire", "purchase", "take", "merge", "supply");

	private final Set<String> personTitles;

	private final Set<String> notNames;

	private final Set<String> nameTitles;

	private final Set<String> descriptors;

	/** Prepositions after which a bare name is where something happens ("meet in Geneva"). */
	private final Set<String> venuePrepositions;

	/** Leaders the gazetteer codes as their states while in office: out of office, still people. */
	private final Set<String> officeHolders;

	/** @param officeHolders the leaders the gazetteer codes as their states while in office */
	public ArgumentNames(Set<String> officeHolders) {
		Map<String, Set<String>> classes = new HashMap<>();
		for (String[] row : DataFile.rows(WORDS)) {
			if (row.length >= 2) {
				classes.put(row[0].trim(), Set.of(row[1].trim().split("\\s+")));
			}
		}
		this.personTitles = classes.getOrDefault("PERSON_TITLE", Set.of());
		this.notNames = classes.getOrDefault("NOT_NAME", Set.of());
		this.nameTitles = classes.getOrDefault("NAME_TITLE", Set.of());
		this.descriptors = classes.getOrDefault("DESCRIPTOR", Set.of());
		this.venuePrepositions = classes.getOrDefault("VENUE_PREPOSITION", Set.of());
		this.officeHolders = Set.copyOf(officeHolders);
	}

	/**
	 * The organisations named by bare proper names in the party places of the trigger at
	 * {@code head}, other than those {@code known} already covers. With {@code subjectIsAgreement}
	 * ("the ITA should be extended", "the pact expires") the subject is no party.
	 */
	public List<PartyMention> find(TaggedSentence sentence, int head, boolean subjectIsAgreement,
			List<PartyMention> known, String body) {
		List<PartyMention> found = new ArrayList<>();
		int n = sentence.size();
		Token trigger = sentence.token(head);
		int verb = trigger.isVerb() ? head : copulaBefore(sentence, head);
		if (verb >= 0 && !subjectIsAgreement) {
			int start = subjectStart(sentence, verb);
			for (int i = start; i < verb; i++) {
				i = addRunAt(sentence, i, found, known, body, false);
			}
		}
		else if (verb >= 0) {
			// "a contract between Eastern and the machinists' union is due to expire": the parties
			// are in the agreement's own phrase
			int start = subjectStart(sentence, verb);
			for (int i = start; i < verb; i++) {
				if ("between".equals(sentence.token(i).lower()) || "with".equals(sentence.token(i).lower())) {
					addCoordinatedRuns(sentence, i, found, known, body);
					break;
				}
			}
		}
		if (trigger.isVerb() && ACQUIRING.contains(trigger.lemma())) {
			// "acquired Trolltech", "bought out Afflecks", "was acquired by Nokia": who changed hands, or who bought
			int j = head + 1;
			if (j < n && Set.of("out", "by").contains(sentence.token(j).lower())) {
				j++;
			}
			if (j < n && (isNameToken(sentence.token(j)) || isCapitalised(sentence.token(j)))) {
				addRunAt(sentence, j, found, known, body, true);
			}
		}
		for (int i = head + 1; i < n && i <= head + AFTER_REACH; i++) {
			Token t = sentence.token(i);
			if (t.isClauseBreak() || ".".equals(t.text())) {
				break;
			}
			if ("between".equals(t.lower()) || "with".equals(t.lower())) {
				addCoordinatedRuns(sentence, i, found, known, body);
				break;
			}
			if (ACQUIRING.contains(t.lemma()) && t.isVerb() && i > 0 && "to".equals(sentence.token(i - 1).lower())) {
				int j = i + 1;
				if (j < n && ("over".equals(sentence.token(j).lower()) || "with".equals(sentence.token(j).lower()))) {
					j++;
				}
				while (j < n && j <= i + 4 && !"PROPN".equals(sentence.token(j).tag())
						&& !Character.isUpperCase(sentence.token(j).text().charAt(0))
						&& Set.of("DET", "NOUN", "ADJ").contains(sentence.token(j).tag())) {
					j++; // "to buy search engine Ask Jeeves", not "to buy a refinery in Corpus Christi"
				}
				if (j < n && (isNameToken(sentence.token(j)) || isCapitalised(sentence.token(j)))) {
					addRunAt(sentence, j, found, known, body, true);
				}
				break;
			}
		}
		return found;
	}

	/** The names coordinated after "between" or "with" at {@code preposition} ("between X and Y"). */
	private void addCoordinatedRuns(TaggedSentence sentence, int preposition, List<PartyMention> found,
			List<PartyMention> known, String body) {
		int n = sentence.size();
		int j = preposition + 1;
		while (j < n && j <= preposition + 6 && !sentence.token(j).isClauseBreak()) {
			j = addRunAt(sentence, j, found, known, body, false) + 1;
			while (j < n && j <= preposition + 6 && isDescriptor(sentence.token(j))) {
				j++; // "talks with the opposition MDC", "a deal with the rebel group JEM"
			}
			if (j < n && !"and".equals(sentence.token(j).lower()) && !isArticle(sentence.token(j))
					&& !"PROPN".equals(sentence.token(j).tag()) && !isAcronym(sentence.token(j))) {
				break; // "between X and Y": past the coordination, the phrase has ended
			}
		}
	}

	/**
	 * "IAC is near a deal", "the two firms are in talks": the copula whose subject the nominal
	 * trigger's parties are, or -1.
	 */
	private static int copulaBefore(TaggedSentence sentence, int head) {
		for (int i = head - 1; i >= 0 && i >= head - 3; i--) {
			Token t = sentence.token(i);
			if ("be".equals(t.lemma()) && t.isVerb()) {
				return i;
			}
			if (!"ADP".equals(t.tag()) && !"DET".equals(t.tag()) && !"ADV".equals(t.tag())) {
				return -1;
			}
		}
		return -1;
	}

	/** Where the clause of the verb at {@code head} starts: after a reporting verb, a comma or a conjunction. */
	private static int subjectStart(TaggedSentence sentence, int head) {
		int i = head - 1;
		while (i >= 0 && head - i <= SUBJECT_REACH) {
			Token t = sentence.token(i);
			if (t.isClauseBreak() || ",".equals(t.text()) || "VERB".equals(t.tag()) || "SCONJ".equals(t.tag())
					|| "that".equals(t.lower()) || "PRON".equals(t.tag()) && !"PROPN".equals(t.tag())) {
				return i + 1;
			}
			i--;
		}
		return (i < 0) ? 0 : head;
	}

	/** "MDC", "JEM": an acronym the tagger may read as a common noun. */
	private static boolean isAcronym(Token t) {
		String w = t.text();
		return w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
	}

	/** A common noun that introduces an organisation's name ("the opposition MDC", "the union Verdi"). */
	private boolean isDescriptor(Token t) {
		return "NOUN".equals(t.tag()) && Character.isLowerCase(t.text().charAt(0))
				&& this.descriptors.contains(t.lower());
	}

	private static boolean isArticle(Token t) {
		return "DET".equals(t.tag());
	}

	/**
	 * Adds the proper-name run starting at {@code i} if it is an organisation's name; returns
	 * the index of the run's last token ({@code i} if there is no run). With {@code anyTag} a
	 * capitalised word counts whatever its tag, where only a name can stand ("to buy Ask Jeeves").
	 */
	private int addRunAt(TaggedSentence sentence, int i, List<PartyMention> found, List<PartyMention> known,
			String body, boolean anyTag) {
		int last = i;
		if (!isNameToken(sentence.token(i)) && !(anyTag && isCapitalised(sentence.token(i)))) {
			return i;
		}
		while (last + 1 < sentence.size() && (isNameToken(sentence.token(last + 1))
				|| anyTag && isCapitalised(sentence.token(last + 1)))
				&& sentence.token(last + 1).start() <= sentence.token(last).end() + 1) {
			last++;
		}
		Token first = sentence.token(i);
		Token end = sentence.token(last);
		if (isSentenceStart(sentence, i) && i == last && !isUsedMidSentence(first.text(), body)
				&& !("PROPN".equals(first.tag()) && startsClause(sentence, last + 1))) {
			return last; // a capitalised first word may be any word ("Additionally, ..."), unless it is a subject
		}
		int from = first.start();
		int to = end.end();
		boolean overlaps = known.stream().anyMatch(m -> m.overlaps(from, to))
				|| found.stream().anyMatch(m -> m.overlaps(from, to));
		if (i > 0 && this.venuePrepositions.contains(sentence.token(i - 1).lower())) {
			return last; // "meet in Geneva", "talks at Camp David": a venue, not a party
		}
		if (overlaps || this.notNames.contains(first.text()) || this.notNames.contains(end.text())
				|| this.officeHolders.contains(body.substring(from, to))
				|| isTitled(sentence, i) || opensWithTitle(sentence, i, last) || isPerson(sentence, i, last, body)) {
			return last;
		}
		String surface = body.substring(from, to).replaceFirst("['\u2019]s$", ""); // "Embraer's business"
		found.add(new PartyMention("org:" + surface.toLowerCase(Locale.ROOT).replace('\u2019', '\''), surface,
				PartyKind.ORG, from, to));
		return last;
	}

	/** A proper noun, or a capitalised word the tagger took for something else ("Ask Jeeves"). */
	private static boolean isNameToken(Token t) {
		if ("PROPN".equals(t.tag())) {
			return Character.isUpperCase(t.text().charAt(0));
		}
		return t.text().length() > 1 && Character.isUpperCase(t.text().charAt(0))
				&& ("NOUN".equals(t.tag()) || "X".equals(t.tag()));
	}

	/** "Lufthansa said", "Orbitex is near", "Northwind and ...": what follows a subject, not an adverb's comma. */
	private static boolean startsClause(TaggedSentence sentence, int next) {
		if (next >= sentence.size()) {
			return false;
		}
		Token t = sentence.token(next);
		return t.isVerb() || "and".equals(t.lower()) || "'s".equals(t.lower());
	}

	private static boolean isCapitalised(Token t) {
		return t.text().length() > 1 && Character.isUpperCase(t.text().charAt(0)) && !"PUNCT".equals(t.tag());
	}

	private static boolean isSentenceStart(TaggedSentence sentence, int i) {
		return i == 0 || Set.of("\"", "``", ".", "!", "?", ";", ":").contains(sentence.token(i - 1).text());
	}

	/** Whether the word also appears capitalised after a lower-case word: a name, not a sentence opener. */
	private static boolean isUsedMidSentence(String word, String body) {
		int at = body.indexOf(word);
		while (at >= 0) {
			int before = at - 1;
			while (before >= 0 && body.charAt(before) == ' ') {
				before--;
			}
			if (before >= 0 && Character.isLowerCase(body.charAt(before))) {
				return true;
			}
			at = body.indexOf(word, at + word.length());
		}
		return false;
	}

	/** "President Robert Mugabe", "Maoist chief Prachanda", "Mr Howard". */
	private boolean isTitled(TaggedSentence sentence, int i) {
		if (i >= 2 && "of".equals(sentence.token(i - 1).lower())
				&& this.nameTitles.contains(sentence.token(i - 2).lower().replace(".", ""))) {
			return true; // "Secretary of State Hillary Clinton": the title's own "of" phrase
		}
		for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
			String w = sentence.token(k).lower().replace(".", "");
			if (this.personTitles.contains(w)) {
				return true;
			}
			if (!"PROPN".equals(sentence.token(k).tag()) && !"ADJ".equals(sentence.token(k).tag())) {
				break;
			}
		}
		return false;
	}

	/**
	 * "President Viktor Yushchenko", "Prime Minister Papandreou": the tagger reads a capitalised
	 * title as part of the name that follows it, so the run itself opens with the title.
	 */
	private boolean opensWithTitle(TaggedSentence sentence, int first, int last) {
		// "President Robert Mugabe"; a title alone ("the President of Georgia") is a person too
		return this.nameTitles.contains(sentence.token(first).lower().replace(".", ""));
	}

	/**
	 * A person's name: its last word appears elsewhere after another capitalised word or a title
	 * ("Robert Mugabe" and "Mugabe", "Mr Howard"), or the name is a first and last name whose last
	 * word the article uses alone.
	 */
	private boolean isPerson(TaggedSentence sentence, int first, int last, String body) {
		String lastWord = sentence.token(last).text();
		if (lastWord.length() < 3) {
			return false;
		}
		int at = body.indexOf(lastWord);
		while (at >= 0) {
			int end = at + lastWord.length();
			boolean whole = (at == 0 || !Character.isLetterOrDigit(body.charAt(at - 1)))
					&& (end >= body.length() || !Character.isLetterOrDigit(body.charAt(end)));
			if (whole) {
				String previous = previousWord(body, at);
				boolean sameRun = first < last && previous.equals(sentence.token(last - 1).text());
				if (!sameRun && !previous.isEmpty()) {
					if (this.personTitles.contains(previous.toLowerCase(Locale.ROOT).replace(".", ""))) {
						return true; // "Mr Howard", "chief Prachanda"
					}
					if (first == last && Character.isUpperCase(previous.charAt(0)) && !this.notNames.contains(previous)
							&& !isSentenceOpener(body, at, previous) && body.charAt(at - 1) == ' ') {
						return true; // "Robert Mugabe" elsewhere: "Mugabe" is a surname
					}
				}
				if (first < last && (previous.isEmpty() || !previous.equals(sentence.token(last - 1).text()))
						&& !Character.isUpperCase(previous.isEmpty() ? 'a' : previous.charAt(0))) {
					return true; // "Morgan Tsvangirai" here, "Tsvangirai" alone elsewhere
				}
			}
			at = body.indexOf(lastWord, at + lastWord.length());
		}
		return false;
	}

	/** The word just before {@code at}, across spaces only; empty if punctuation intervenes. */
	private static String previousWord(String body, int at) {
		int end = at;
		while (end > 0 && body.charAt(end - 1) == ' ') {
			end--;
		}
		int start = end;
		while (start > 0 && (Character.isLetter(body.charAt(start - 1)) || body.charAt(start - 1) == '.')) {
			start--;
		}
		return body.substring(start, end);
	}

	/** Whether the capitalised word before {@code at} only opens its sentence ("The Mugabe regime"). */
	private static boolean isSentenceOpener(String body, int at, String previous) {
		int start = at - 1;
		while (start > 0 && body.charAt(start - 1) == ' ') {
			start--;
		}
		start -= previous.length();
		int before = start - 1;
		while (before >= 0 && body.charAt(before) == ' ') {
			before--;
		}
		return before < 0 || ".!?\n\"".indexOf(body.charAt(before)) >= 0;
	}

}
