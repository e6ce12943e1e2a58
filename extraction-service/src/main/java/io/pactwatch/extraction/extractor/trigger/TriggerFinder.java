package io.pactwatch.extraction.extractor.trigger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.pactwatch.extraction.extractor.text.TaggedSentence;
import io.pactwatch.extraction.extractor.text.Token;
import io.pactwatch.extraction.extractor.text.WordClasses;
import io.pactwatch.extraction.extractor.trigger.TriggerPattern.Option;
import io.pactwatch.schemas.Milestone;

/**
 * Finds the milestones a sentence states: matches the trigger patterns, then keeps those whose
 * context fits ("signed a pact", not "signed a bill"; "agreed to buy", not "agreed" alone).
 */
public final class TriggerFinder {

	private static final Set<String> AGREE_COMPLEMENTS = Set.of("to", "on", "upon", "in", "with", "terms", "a", "an",
			"the", "its", "their", "details", "jointly", "formally", "provisionally", "tentatively", "unanimously",
			"late", "today", "yesterday", "last", "this", "at", "under", "informally", "principle", "new", "two",
			"three", "several", "basic", "outline", "broadly", "final");

	private static final Set<String> SUBJECT_WORDS = Set.of("it", "they", "which", "rules", "rate", "rates", "terms",
			"arrangement", "one");

	private static final Set<String> TALK_NOUNS = Set.of("talks", "negotiations", "negotiation", "discussions");

	private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "about", "over", "for", "of", "towards",
			"toward", "concerning");

	private final TriggerLexicon lexicon;

	private final WordClasses words;

	public TriggerFinder(TriggerLexicon lexicon, WordClasses words) {
		this.lexicon = lexicon;
		this.words = words;
	}

	public List<TriggerMatch> find(TaggedSentence sentence) {
		List<TriggerMatch> candidates = new ArrayList<>();
		Set<Integer> heads = new HashSet<>();
		for (TriggerPattern pattern : this.lexicon.patterns()) {
			for (TriggerPattern.Span span : pattern.matches(sentence, this.words)) {
				if (heads.add(span.head())) {
					candidates.add(new TriggerMatch(pattern.milestone(), pattern, span));
				}
			}
		}
		List<TriggerMatch> kept = new ArrayList<>();
		for (TriggerMatch candidate : candidates) {
			if (!insideLongerMatch(candidate, candidates) && fitsContext(candidate, sentence, candidates)) {
				kept.add(candidate);
			}
		}
		kept.sort(Comparator.comparingInt(TriggerMatch::head));
		return kept;
	}

	/** "talks broke down" states a breakdown, not also talks. */
	private static boolean insideLongerMatch(TriggerMatch candidate, List<TriggerMatch> all) {
		if (!candidate.nominal() && candidate.milestone() != Milestone.TALKS) {
			return false;
		}
		for (TriggerMatch other : all) {
			if (other != candidate && other.milestone() != candidate.milestone()
					&& other.span().last() > other.span().first() && other.span().contains(candidate.head())) {
				return true;
			}
		}
		return false;
	}

	private boolean fitsContext(TriggerMatch match, TaggedSentence sentence, List<TriggerMatch> all) {
		TriggerPattern pattern = match.pattern();
		int head = match.head();
		if (pattern.has(Option.DEAL) && !namesAgreement(sentence, head)) {
			return false;
		}
		if (pattern.has(Option.COMPLEMENT) && !hasAgreedComplement(sentence, head, all)) {
			return false;
		}
		if (pattern.has(Option.SUBJECT) && !hasAgreementSubject(sentence, head)) {
			return false;
		}
		if (match.milestone() != Milestone.TALKS && isTopicOfTalks(sentence, head)) {
			return false;
		}
		int first = match.span().first();
		if (first < head && this.words.isAgreementNoun(sentence.token(first)) && !isSubjectOf(sentence, first, head)) {
			return false; // "Under the agreement, Venezuela was able to extend the term"
		}
		return true;
	}

	/** Prepositions that may hold an agreement noun inside its verb's subject ("the renewal of the pact"). */
	private static final Set<String> SUBJECT_PREPOSITIONS = Set.of("of");

	/**
	 * Whether the agreement noun at {@code noun} is the subject of the verb at {@code verb}: it is
	 * not governed by a preposition ("under the agreement, ..."), and no other noun heads the
	 * subject between them ("the agreements buffer stock operations will be suspended"), except
	 * inside a prepositional phrase or a parenthesis set off by commas ("the pact, signed in 1990,").
	 */
	private static boolean isSubjectOf(TaggedSentence sentence, int noun, int verb) {
		int i = noun - 1;
		while (i >= 0 && Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM").contains(sentence.token(i).tag())) {
			i--;
		}
		if (i >= 0 && "ADP".equals(sentence.token(i).tag()) && !SUBJECT_PREPOSITIONS.contains(sentence.token(i).lower())) {
			return false;
		}
		boolean inPhrase = false;
		boolean inParenthesis = false;
		for (int k = noun + 1; k < verb; k++) {
			Token t = sentence.token(k);
			if (",".equals(t.text())) {
				inParenthesis = !inParenthesis;
				inPhrase = false;
			}
			else if ("ADP".equals(t.tag()) || "which".equals(t.lower()) || "that".equals(t.lower())) {
				inPhrase = true;
			}
			else if (t.isVerb()) {
				inPhrase = inParenthesis || inPhrase && !"AUX".equals(t.tag());
			}
			else if ((t.isNoun() || "PRON".equals(t.tag())) && !inPhrase && !inParenthesis) {
				return false;
			}
		}
		return !inParenthesis;
	}

	/** The sentence names an agreement, and the verb's object is not a bill or a law. */
	private boolean namesAgreement(TaggedSentence sentence, int head) {
		for (int i = head + 1; i < Math.min(sentence.size(), head + 5); i++) {
			Token token = sentence.token(i);
			if (this.words.isAgreementNoun(token)) {
				break;
			}
			if (this.words.is(WordClasses.NOT_AGREEMENT, token) && token.isNoun()) {
				return false;
			}
		}
		for (int i = 0; i < sentence.size(); i++) {
			if (this.words.isAgreementNoun(sentence.token(i)) && !isConcurrence(sentence, i)) {
				return true;
			}
		}
		return false;
	}

	/** "they are in agreement with the goals", "in accord with": holding the same view, not a deal. */
	private static boolean isConcurrence(TaggedSentence sentence, int noun) {
		return noun > 0 && "in".equals(sentence.token(noun - 1).lower())
				&& Set.of("agreement", "accord").contains(sentence.token(noun).lower());
	}

	/** "agreed to/on/with...", not "as agreed" or "X agreed." nor "agreed to sign" (that is a signing). */
	private boolean hasAgreedComplement(TaggedSentence sentence, int head, List<TriggerMatch> all) {
		if (head > 0 && "as".equals(sentence.token(head - 1).lower())) {
			return false;
		}
		int next = head + 1;
		while (next < sentence.size() && "ADV".equals(sentence.token(next).tag())
				&& !AGREE_COMPLEMENTS.contains(sentence.token(next).lower())) {
			next++;
		}
		if (next >= sentence.size() || !AGREE_COMPLEMENTS.contains(sentence.token(next).lower())) {
			return false;
		}
		if ("with".equals(sentence.token(next).lower()) && !agreesWithSomeoneOnSomething(sentence, next)) {
			return false; // "agree with the protesters' views": an opinion, not a deal
		}
		if ("in".equals(sentence.token(next).lower())
				&& (next + 1 >= sentence.size() || !"principle".equals(sentence.token(next + 1).lower()))) {
			return false; // "agreed in principle", not "agreed in interviews"
		}
		if (opensContentClause(sentence, next)) {
			return false; // "agreed the situation was serious": an opinion shared, not a deal
		}
		for (TriggerMatch other : all) {
			int distance = other.head() - head;
			if (other.milestone() != Milestone.AGREED && distance > 0 && distance <= 10
					&& !other.pattern().has(TriggerPattern.Option.OCCURREDONLY)) {
				return false; // "agreed to sign", "agreed to hold talks": the inner milestone, expected
			}
		}
		return true;
	}

	/**
	 * "the situation was serious", "their talks had been useful": a noun phrase followed by an
	 * auxiliary or copula is the subject of a clause (a "that" left out), not the thing agreed.
	 */
	private static boolean opensContentClause(TaggedSentence sentence, int start) {
		if (!"DET".equals(sentence.token(start).tag()) && !"PRON".equals(sentence.token(start).tag())) {
			return false;
		}
		int k = start + 1;
		while (k < sentence.size() && Set.of("ADJ", "NOUN", "PROPN", "NUM").contains(sentence.token(k).tag())) {
			k++;
		}
		return k > start + 1 && k < sentence.size() && "AUX".equals(sentence.token(k).tag());
	}

	/** What one agrees with someone "on" when it is an opinion: "agrees with Tsvangirai on this point". */
	private static final Set<String> OPINION_TOPICS = Set.of("point", "points", "view", "views", "need", "assessment",
			"analysis", "importance", "principle");

	/** "agreed with Gabon to reschedule", "agreed with the banks on a package". */
	private static boolean agreesWithSomeoneOnSomething(TaggedSentence sentence, int with) {
		for (int i = with + 1; i < sentence.size() && i <= with + 7; i++) {
			Token t = sentence.token(i);
			if (("on".equals(t.lower()) || "upon".equals(t.lower())) && opinionTopicAfter(sentence, i)) {
				return false;
			}
			if ("on".equals(t.lower()) || "upon".equals(t.lower())
					|| "to".equals(t.lower()) && i + 1 < sentence.size() && isInfinitiveLike(sentence.token(i + 1))) {
				return true;
			}
			if (t.isClauseBreak() || ".".equals(t.text())) {
				return false;
			}
		}
		return false;
	}

	private static boolean opinionTopicAfter(TaggedSentence sentence, int on) {
		for (int i = on + 1; i < sentence.size() && i <= on + 3; i++) {
			if (OPINION_TOPICS.contains(sentence.token(i).lower())) {
				return true;
			}
		}
		return false;
	}

	/** The word after "to" in "agreed with X to reschedule" (the tagger sometimes calls it a noun). */
	private static boolean isInfinitiveLike(Token token) {
		return token.isVerb() || "NOUN".equals(token.tag()) && token.text().equals(token.lower());
	}

	private boolean hasAgreementSubject(TaggedSentence sentence, int head) {
		for (int i = head - 1; i >= 0 && i >= head - 16; i--) {
			Token token = sentence.token(i);
			if (this.words.isAgreementNoun(token) || SUBJECT_WORDS.contains(token.lower())) {
				return true;
			}
		}
		return false;
	}

	/** "talks on signing a pact": the signing is what the talks are about, not a milestone. */
	private boolean isTopicOfTalks(TaggedSentence sentence, int head) {
		for (int i = head - 1; i >= 1 && i >= head - 4; i--) {
			if (TOPIC_PREPOSITIONS.contains(sentence.token(i).lower())
					&& !this.words.is(WordClasses.TIME_WORD, sentence.token(i + 1).lower())) {
				// "talks on Friday without reaching a deal": a date, not the topic of the talks
				for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
					if (TALK_NOUNS.contains(sentence.token(j).lower())) {
						return true;
					}
				}
			}
		}
		return false;
	}

}
