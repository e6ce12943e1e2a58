package io.pactwatch.extraction.extractor.status;

import java.util.Set;

import io.pactwatch.extraction.extractor.text.TaggedSentence;
import io.pactwatch.extraction.extractor.text.Token;
import io.pactwatch.extraction.extractor.text.WordClasses;
import io.pactwatch.schemas.MilestoneStatus;

/**
 * Words outside a trigger's own verb group that settle its status, whatever its grammar says:
 * an agreement determined by "no" ("no deal was reached"), a rejected proposal ("declined an
 * offer to hold talks"), a phrasal rejection ("ruled out talks"), a readiness ("open to talks"),
 * and an event put off or called off ("the signing was postponed", "cancelled the talks").
 */
final class OuterCues {

	private final WordClasses words;

	OuterCues(WordClasses words) {
		this.words = words;
	}

	/** How far before its verb the agreement a passive or subject clause is about may stand. */
	private static final int SUBJECT_REACH = 6;

	/**
	 * "No deal was reached", "no agreement has yet been signed": the verb's subject is an
	 * agreement determined by "no", which denies the event however the verb itself reads.
	 */
	boolean noAgreementBefore(TaggedSentence sentence, int head) {
		for (int i = head - 1; i >= 1 && i >= head - SUBJECT_REACH; i--) {
			Token t = sentence.token(i);
			if (t.isClauseBreak() || ",".equals(t.text()) || t.isVerb() && !"AUX".equals(t.tag())) {
				return false;
			}
			if (this.words.isAgreementNoun(t)) {
				int k = i - 1;
				while (k >= 0 && Set.of("ADJ", "NOUN", "NUM", "PROPN").contains(sentence.token(k).tag())) {
					k--; // "no final trade deal"
				}
				return k >= 0 && "no".equals(sentence.token(k).lower());
			}
		}
		return false;
	}

	/** How far before the trigger the proposal that carries it may stand ("an offer by North Korea to have talks"). */
	private static final int PROPOSAL_REACH = 10;

	/**
	 * "declined an offer to have talks", "rejected calls for negotiations", "turned down a
	 * proposal for talks": what was proposed will not happen, so the proposal's expectation is
	 * negated by its rejection.
	 */
	boolean rejectedProposal(TaggedSentence sentence, int head) {
		for (int i = head - 1; i >= 1 && i >= head - PROPOSAL_REACH; i--) {
			Token t = sentence.token(i);
			if (t.isClauseBreak() || ",".equals(t.text())) {
				return false;
			}
			if (t.isNoun() && this.words.is(WordClasses.PROPOSAL, t)) {
				int k = i - 1;
				while (k >= 0 && Set.of("DET", "ADJ", "NUM").contains(sentence.token(k).tag())) {
					k--; // "an offer", "repeated calls"
				}
				if (k >= 1 && this.words.members(WordClasses.PHRASAL_REJECTION)
					.contains(sentence.token(k - 1).lower() + " " + sentence.token(k).lower())) {
					return true; // "turned down a proposal"
				}
				return k >= 0 && sentence.token(k).isVerb() && this.words.is(WordClasses.REJECTION, sentence.token(k));
			}
		}
		return false;
	}

	/** "was delayed by an EC meeting": the event is who did it, not what the verb acted on. */
	static boolean isAgentOf(TaggedSentence sentence, int verb, int head) {
		for (int i = verb + 1; i < head; i++) {
			if ("by".equals(sentence.token(i).lower())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A nominal event put off is still to come ("the signing was postponed"); one cancelled will
	 * not happen ("cancelled the talks"); {@code null} for other verbs.
	 */
	StatusClassifier.Reading putOffOrCalledOff(Token verb) {
		if (this.words.is(WordClasses.POSTPONING, verb)) {
			return new StatusClassifier.Reading(MilestoneStatus.EXPECTED, false, verb.lower());
		}
		if (this.words.is(WordClasses.CANCELLING, verb)) {
			return new StatusClassifier.Reading(MilestoneStatus.NEGATED, true, verb.lower());
		}
		return null;
	}

	/** "ruled out talks", "turned down a deal": a phrasal verb of rejection right before the noun phrase. */
	boolean isRuledOut(TaggedSentence sentence, int head) {
		int i = head - 1;
		while (i >= 0 && head - i <= 3 && Set.of("DET", "ADJ", "NOUN", "NUM").contains(sentence.token(i).tag())) {
			i--; // "ruled out any direct talks"
		}
		return i >= 1 && this.words.members(WordClasses.PHRASAL_REJECTION)
			.contains(sentence.token(i - 1).lower() + " " + sentence.token(i).lower());
	}

	/** "open to talks", "receptive to direct negotiations": a party ready for talks that have not begun. */
	boolean isOpenTo(TaggedSentence sentence, int head) {
		int i = head - 1;
		while (i >= 0 && head - i <= 3 && Set.of("DET", "ADJ", "NOUN").contains(sentence.token(i).tag())) {
			i--; // "open to direct peace talks"
		}
		return i >= 1 && "to".equals(sentence.token(i).lower())
				&& this.words.is(WordClasses.READINESS, sentence.token(i - 1));
	}

}
