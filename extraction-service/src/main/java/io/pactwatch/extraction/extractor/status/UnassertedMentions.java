package io.pactwatch.extraction.extractor.status;

import java.util.Set;

import io.pactwatch.extraction.extractor.text.TaggedSentence;
import io.pactwatch.extraction.extractor.text.Token;
import io.pactwatch.extraction.extractor.text.WordClasses;
import io.pactwatch.extraction.extractor.trigger.TriggerMatch;
import io.pactwatch.schemas.Milestone;

/**
 * Mentions of a milestone that assert nothing about it, so that no status fits: the condition
 * of another event ("if the council does agree, prices will..."), a mere possibility ("a chance
 * to conclude a pact"), an attempt that is the talks themselves ("trying to reach agreement"), a
 * stance ("support for an extension"), a topic ("the question of ratification") and a
 * hypothetical agreement ("ratification of any deal"). Hedged or planned milestones ("may
 * sign", "hopes to sign", "would sign if") are asserted as expected and are not these.
 */
public final class UnassertedMentions {

	public static final String CONDITION = "CONDITION";

	public static final String POSSIBILITY = "POSSIBILITY";

	public static final String GOOD_ODDS = "GOOD_ODDS";

	public static final String ATTEMPT = "ATTEMPT";

	public static final String STANCE = "STANCE";

	public static final String TOPIC_NOUN = "TOPIC_NOUN";

	public static final String FUTURE_CONDITION = "FUTURE_CONDITION";

	/** How far before the trigger a governing noun or verb is looked for. */
	private static final int GOVERNOR_REACH = 4;

	private static final Set<String> LINKS = Set.of("to", "of", "for", "on", "about", "in", "at");

	private final WordClasses words;

	public UnassertedMentions(WordClasses words) {
		this.words = words;
	}

	/** Why the mention asserts nothing, or {@code null} when it does assert its milestone. */
	public String reason(TaggedSentence sentence, TriggerMatch match) {
		int head = match.head();
		int first = Math.min(head, match.span().first());
		if (inConditionClause(sentence, first)) {
			return "condition";
		}
		if (hypotheticalAgreement(sentence, match)) {
			return "any";
		}
		if (match.milestone() == Milestone.TALKS && isSomeoneTalking(sentence, head)) {
			return "speech";
		}
		for (int i = first - 1; i >= 0 && i >= first - GOVERNOR_REACH; i--) {
			Token t = sentence.token(i);
			if (t.isClauseBreak() || ",".equals(t.text())) {
				return null;
			}
			if (!LINKS.contains(t.lower()) || i == 0) {
				continue;
			}
			Token governor = sentence.token(i - 1);
			if (this.words.is(POSSIBILITY, governor) && !hasGoodOdds(sentence, i - 1)) {
				return "possibility";
			}
			if (this.words.is(ATTEMPT, governor) && match.milestone() != Milestone.TALKS) {
				return "attempt";
			}
			if (this.words.is(STANCE, governor) && governor.isNoun() && match.nominal()) {
				return "stance";
			}
			if (this.words.is(TOPIC_NOUN, governor) && governor.isNoun() && match.nominal()) {
				return "topic";
			}
			return null;
		}
		if (match.nominal() && head > 0 && this.words.is(STANCE, sentence.token(head - 1))
				&& sentence.token(head - 1).isVerb()) {
			return "stance"; // "can support extension"
		}
		if (match.nominal() && topicVerbBefore(sentence, first)) {
			return "topic"; // "other issues discussed include ratification"
		}
		return null;
	}

	/**
	 * "until he talks to her again", "the minister talks to reporters", "Dupont talks of": "talks"
	 * is a person speaking, not negotiations. The tagger reads "talks" as a verb in "Iran talks with the EU
	 * resumed" too, so the tag alone cannot tell; the pronoun subject or the listener can.
	 */
	private boolean isSomeoneTalking(TaggedSentence sentence, int head) {
		if (!"talks".equals(sentence.token(head).lower())) {
			return false;
		}
		if (head > 0 && "PRON".equals(sentence.token(head - 1).tag())
				&& this.words.is(WordClasses.SPEAKER, sentence.token(head - 1).lower())) {
			return true;
		}
		int next = head + 1;
		while (next < sentence.size() && "ADV".equals(sentence.token(next).tag())) {
			next++; // "talks regularly to"
		}
		if (next < sentence.size() && "of".equals(sentence.token(next).lower()) && head > 0
				&& Set.of("PROPN", "PRON").contains(sentence.token(head - 1).tag())) {
			return true; // "Champagne talks of his rival", "Canada talks of a new pact": speaking of it
		}
		if (next + 1 >= sentence.size() || !"to".equals(sentence.token(next).lower())) {
			return false;
		}
		int listener = next + 1;
		if ("DET".equals(sentence.token(listener).tag()) && listener + 1 < sentence.size()) {
			listener++; // "to the press"
		}
		return this.words.is(WordClasses.LISTENER, sentence.token(listener).lower());
	}

	/** A verb that makes its object a topic ("include", "discuss") right before the noun phrase. */
	private boolean topicVerbBefore(TaggedSentence sentence, int first) {
		for (int i = first - 1; i >= 0 && i >= first - 3; i--) {
			Token t = sentence.token(i);
			if (t.isVerb()) {
				return this.words.is(WordClasses.TOPIC_VERB, t);
			}
			if (!"DET".equals(t.tag()) && !"ADJ".equals(t.tag())) {
				return false;
			}
		}
		return false;
	}

	/** "If ..., then there's no negotiation": the sentence opens with a condition (after any quote). */
	public boolean opensWithCondition(TaggedSentence sentence) {
		for (int i = 0; i < sentence.size() && i < 8; i++) {
			Token t = sentence.token(i);
			if (this.words.is(CONDITION, t)) {
				return true;
			}
			if (t.isVerb() && !this.words.is(WordClasses.REPORTING, t)) {
				return false; // "One delegate said: "If ...": only a speaker may come before the condition
			}
		}
		return false;
	}

	/**
	 * "If the council does agree, ...", "will enter into force when ratified by...": the trigger
	 * sits in the condition of another event, not in the main clause.
	 */
	private boolean inConditionClause(TaggedSentence sentence, int first) {
		for (int i = first - 1; i >= 0; i--) {
			Token t = sentence.token(i);
			if (t.isClauseBreak() || ",".equals(t.text())) {
				return false;
			}
			if (this.words.is(CONDITION, t)) {
				return true;
			}
			if (this.words.is(FUTURE_CONDITION, t) && futureBefore(sentence, i)) {
				return true;
			}
		}
		return false;
	}

	/** A modal or a schedule before the time clause: "is due to take effect once ...". */
	private boolean futureBefore(TaggedSentence sentence, int conjunction) {
		for (int i = 0; i < conjunction; i++) {
			Token t = sentence.token(i);
			if ("AUX".equals(t.tag()) && this.words.is(WordClasses.MODAL, t) || this.words.is(WordClasses.PLANNED, t)) {
				return true;
			}
		}
		return false;
	}

	/** "the chances are good", "a strong chance": odds that make the milestone expected, not merely possible. */
	private boolean hasGoodOdds(TaggedSentence sentence, int noun) {
		for (int i = Math.max(0, noun - 3); i < Math.min(sentence.size(), noun + 4); i++) {
			if (this.words.is(GOOD_ODDS, sentence.token(i))) {
				return true;
			}
		}
		return false;
	}

	/** "ratification of any deal": no particular agreement, unless denied ("will not sign any deal"). */
	private boolean hypotheticalAgreement(TaggedSentence sentence, TriggerMatch match) {
		for (int i = match.head() + 1; i < sentence.size() && i <= match.head() + 4; i++) {
			Token t = sentence.token(i);
			if (this.words.isAgreementNoun(t)) {
				return "any".equals(sentence.token(i - 1).lower()) && !negatedBefore(sentence, match.head());
			}
		}
		return false;
	}

	private boolean negatedBefore(TaggedSentence sentence, int head) {
		for (int i = Math.max(0, head - 4); i < head; i++) {
			if (this.words.is(WordClasses.NEGATOR, sentence.token(i)) || this.words.is(WordClasses.NEGATE_GOVERNOR,
					sentence.token(i))) {
				return true;
			}
		}
		return false;
	}

}
