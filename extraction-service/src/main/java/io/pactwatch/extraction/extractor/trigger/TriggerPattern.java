package io.pactwatch.extraction.extractor.trigger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.pactwatch.extraction.extractor.text.Inflections;
import io.pactwatch.extraction.extractor.text.TaggedSentence;
import io.pactwatch.extraction.extractor.text.Token;
import io.pactwatch.extraction.extractor.text.WordClasses;
import io.pactwatch.schemas.Milestone;

/**
 * One line of {@code extraction/triggers.tsv}: a sequence of lemma elements and gaps that
 * states a milestone. See the file's header for the notation.
 */
public final class TriggerPattern {

	/** Pattern options, as named in the data file. */
	public enum Option {

		DEAL, NOMINAL, TOPIC, COMPLEMENT, SUBJECT, GERUND, NEGATEDONLY, STRICTTOPIC, IGO, DONE, MEETING, PROSPECT,
		OCCURREDONLY, COMPANY

	}

	private sealed interface Element permits Words, Gap {
	}

	/** Words (lemmas or lower-case forms) or word classes, optionally with a part of speech. */
	private record Words(Set<String> words, List<String> classes, String pos, boolean head) implements Element {

		boolean matches(Token token, WordClasses wordClasses) {
			if (this.pos != null && !posMatches(token)) {
				return false;
			}
			if (this.words.contains(token.lemma()) || this.words.contains(token.lower())) {
				return true;
			}
			for (String className : this.classes) {
				if (WordClasses.AGREEMENT.equals(className) ? wordClasses.isAgreementNoun(token)
						: wordClasses.is(className, token)) {
					return true;
				}
			}
			return false;
		}

		private boolean posMatches(Token token) {
			return switch (this.pos) {
				case "V" -> token.isVerb();
				case "N" -> token.isNoun();
				case "A" -> "ADJ".equals(token.tag());
				default -> true;
			};
		}

	}

	private record Gap(int max) implements Element {
	}

	/**
	 * A match of a pattern in a sentence.
	 *
	 * @param first index of its first token
	 * @param last index of its last token
	 * @param head index of the head token
	 */
	public record Span(int first, int last, int head) {

		public boolean contains(int index) {
			return index >= this.first && index <= this.last;
		}

	}

	private final Milestone milestone;

	private final String source;

	private final List<Element> elements;

	private final Set<Option> options;

	/** Index of the head element. */
	private final int headElement;

	private TriggerPattern(Milestone milestone, String source, List<Element> elements, Set<Option> options) {
		this.milestone = milestone;
		this.source = source;
		this.elements = elements;
		this.options = options;
		int h = 0;
		for (int i = 0; i < elements.size(); i++) {
			if (elements.get(i) instanceof Words w && w.head()) {
				h = i;
			}
		}
		this.headElement = h;
	}

	public static TriggerPattern parse(Milestone milestone, String pattern, Set<Option> options) {
		List<Element> elements = new ArrayList<>();
		boolean headGiven = pattern.contains("^");
		for (String part : pattern.trim().split("\\s+")) {
			if (part.startsWith("~")) {
				elements.add(new Gap(Integer.parseInt(part.substring(1))));
				continue;
			}
			boolean head = part.contains("^") || (!headGiven && elements.isEmpty());
			Set<String> words = new HashSet<>();
			List<String> classes = new ArrayList<>();
			String pos = null;
			for (String alternative : part.replace("^", "").split("\\|")) {
				String word = alternative;
				int slash = alternative.indexOf('/');
				if (slash > 0) {
					word = alternative.substring(0, slash);
					pos = alternative.substring(slash + 1);
				}
				if (word.startsWith("@")) {
					classes.add(word.substring(1));
				}
				else {
					words.add(word.toLowerCase());
				}
			}
			elements.add(new Words(words, classes, pos, head));
		}
		return new TriggerPattern(milestone, pattern, List.copyOf(elements), Set.copyOf(options));
	}

	public Milestone milestone() {
		return this.milestone;
	}

	public boolean has(Option option) {
		return this.options.contains(option);
	}

	/**
	 * Whether the pattern's words are common ("meeting", "joined", "today's", "acquired") and it states a
	 * milestone only where parties are named: the pre-filter then also asks for parties.
	 */
	public boolean needsNamedParties() {
		return has(Option.IGO) || has(Option.MEETING) || has(Option.DONE) || has(Option.COMPANY);
	}

	/** The words of the pattern, for the keyword pre-filter. */
	public List<String> literalWords() {
		List<String> literals = new ArrayList<>();
		for (Element element : this.elements) {
			if (element instanceof Words w) {
				literals.addAll(w.words());
			}
		}
		return literals;
	}

	/**
	 * What a text must contain, in any order, for this pattern to match somewhere in it: for
	 * each word element, the set of surface forms of its words and word-class members.
	 */
	public List<Set<String>> requiredForms(WordClasses wordClasses, Inflections inflections) {
		List<Set<String>> required = new ArrayList<>();
		for (Element element : this.elements) {
			if (element instanceof Words w) {
				Set<String> forms = new HashSet<>();
				w.words().forEach(word -> forms.addAll(inflections.formsOf(word)));
				w.classes().forEach(c -> wordClasses.members(c).forEach(word -> forms.addAll(inflections.formsOf(word))));
				// the pre-filter sees runs of letters only: "today's" is the word "today" there
				Set<String> letters = new HashSet<>();
				forms.forEach(f -> letters.add(longestLetterRun(f)));
				letters.remove("");
				if (!letters.isEmpty()) {
					required.add(letters);
				}
			}
		}
		return required;
	}

	private static String longestLetterRun(String form) {
		String longest = "";
		for (String run : form.split("[^\\p{L}-]+")) {
			if (run.length() > longest.length()) {
				longest = run;
			}
		}
		return longest;
	}

	/** All non-overlapping matches in a sentence, left to right. */
	public List<Span> matches(TaggedSentence sentence, WordClasses wordClasses) {
		List<Span> spans = new ArrayList<>();
		int start = 0;
		while (start < sentence.size()) {
			Span span = matchAt(sentence, start, 0, -1, -1, wordClasses);
			if (span != null) {
				spans.add(span);
				start = span.last() + 1;
			}
			else {
				start++;
			}
		}
		return spans;
	}

	private Span matchAt(TaggedSentence sentence, int position, int element, int first, int head,
			WordClasses wordClasses) {
		if (element == this.elements.size()) {
			return new Span(first, position - 1, head);
		}
		Element e = this.elements.get(element);
		if (e instanceof Gap gap) {
			// between a verb and its object, only the object's noun phrase ("signed a five-year
			// defence pact", not "approved a proposal to repay loans")
			boolean objectGap = element > this.headElement;
			for (int skip = 0; skip <= gap.max(); skip++) {
				int at = position + skip;
				if (at >= sentence.size()) {
					return null;
				}
				if (skip > 0 && sentence.token(at - 1).isClauseBreak() && !isBracketedAcronym(sentence, at - 1)) {
					return null; // "(ICO)" names what precedes it; other brackets and semicolons end the phrase
				}
				if (skip > 0 && objectGap && !isNounPhraseWord(sentence.token(at - 1))
						&& !isHyphenCompound(sentence, at - 1) && !isCompoundModifier(sentence, at - 1)
						&& !isParticipleModifier(sentence, at - 1)) {
					return null;
				}
				Span span = matchAt(sentence, at, element + 1, first, head, wordClasses);
				if (span != null) {
					return span;
				}
			}
			return null;
		}
		Words words = (Words) e;
		if (position >= sentence.size() || !words.matches(sentence.token(position), wordClasses)) {
			return null;
		}
		return matchAt(sentence, position + 1, element + 1, (first < 0) ? position : first,
				words.head() ? position : head, wordClasses);
	}

	/** A bracket of "( ICO )": one word between brackets, the acronym of the name before it. */
	private static boolean isBracketedAcronym(TaggedSentence sentence, int index) {
		Token t = sentence.token(index);
		if ("(".equals(t.text())) {
			return index + 2 < sentence.size() && ")".equals(sentence.token(index + 2).text());
		}
		return ")".equals(t.text()) && index >= 2 && "(".equals(sentence.token(index - 2).text());
	}

	/** "a hard-fought deal", "the EU-brokered ceasefire": a participle inside a hyphenated adjective. */
	private static boolean isHyphenCompound(TaggedSentence sentence, int index) {
		Token t = sentence.token(index);
		if (t.text().indexOf('-') > 0) {
			return true;
		}
		return index > 0 && "-".equals(sentence.token(index - 1).text())
				&& sentence.token(index - 1).end() == t.start();
	}

	/**
	 * "an existing supply contract", "a revised trade pact": a participle the tagger took for a
	 * verb, between an article or adjective and the noun it qualifies.
	 */
	private static boolean isParticipleModifier(TaggedSentence sentence, int index) {
		Token t = sentence.token(index);
		if (!"VERB".equals(t.tag()) || !t.isGerund() && !t.isPastForm() || index == 0 || index + 1 >= sentence.size()) {
			return false;
		}
		String before = sentence.token(index - 1).tag();
		String after = sentence.token(index + 1).tag();
		return ("DET".equals(before) || "ADJ".equals(before) || "ADV".equals(before))
				&& ("NOUN".equals(after) || "ADJ".equals(after));
	}

	/**
	 * "the arms control treaty", "a debt relief package": a bare noun the tagger took for a verb,
	 * between an article or noun and the noun it qualifies. An infinitive ("a proposal to repay
	 * loans") has its "to" before it, which ends the noun phrase first.
	 */
	private static boolean isCompoundModifier(TaggedSentence sentence, int index) {
		Token t = sentence.token(index);
		if (!"VERB".equals(t.tag()) || !t.lower().equals(t.lemma()) || index == 0 || index + 1 >= sentence.size()) {
			return false;
		}
		Token before = sentence.token(index - 1);
		Token after = sentence.token(index + 1);
		return ("NOUN".equals(before.tag()) || "DET".equals(before.tag()) || "ADJ".equals(before.tag()))
				&& "NOUN".equals(after.tag());
	}

	private static boolean isMoney(String text) {
		return text.indexOf('$') >= 0 || text.indexOf('\u20ac') >= 0 || text.indexOf('\u00a3') >= 0;
	}

	private static boolean isNounPhraseWord(Token token) {
		if ("'s".equals(token.lower()) || "'".equals(token.text())) {
			return true; // "last week's talks": a possessive inside the noun phrase
		}
		return switch (token.tag()) {
			case "DET", "ADJ", "NUM", "NOUN", "PROPN", "CCONJ", "ADV", "PUNCT", "SYM", "X" -> true;
			case "PRON" -> token.lower().equals("its") || token.lower().equals("their") || token.lower().equals("our");
			// "a US$2 billion deal": the tagger may take a currency for anything
			default -> "-".equals(token.text()) || "of".equals(token.lower()) || isMoney(token.text());
		};
	}

	@Override
	public String toString() {
		return this.milestone + " " + this.source;
	}

}
