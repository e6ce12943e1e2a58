package io.pactwatch.extraction.extractor;

import io.pactwatch.extraction.extractor.party.PartyChoice;
import io.pactwatch.extraction.extractor.text.TaggedSentence;
import io.pactwatch.extraction.extractor.text.Token;
import io.pactwatch.extraction.extractor.text.WordClasses;
import io.pactwatch.extraction.extractor.trigger.TriggerMatch;

/**
 * An individual's own contract ("She signed a three-year deal with Warner Music", "the striker
 * signed his new contract", "signed a deal with former employer HBO") is out of scope
 * (eval/EVAL.md): a person, not a state or an organisation, is the one side, and a single
 * company the other. A head of state signing for the state is no such person: the gazetteer
 * codes the leader as the state, so a state is among the parties.
 */
final class IndividualContracts {

	/** Words after the trigger within which the individual's possessive or counterpart is read. */
	private static final int OBJECT_REACH = 8;

	/** How far after the trigger "his" or "her" still opens its object. */
	private static final int POSSESSIVE_REACH = 2;

	private final WordClasses words;

	IndividualContracts(WordClasses words) {
		this.words = words;
	}

	boolean isIndividuals(TaggedSentence tagged, TriggerMatch match, PartyChoice parties) {
		if (parties.codes().size() > 1 || parties.codes().stream().anyMatch(c -> !c.startsWith("org:"))) {
			return false;
		}
		return hasIndividualSubject(tagged, match.head()) || hasIndividualObject(tagged, match.head());
	}

	/** "She signed", "the singer has signed", "striker Tom Baker signed", "he acquired Segway". */
	boolean hasIndividualSubject(TaggedSentence tagged, int head) {
		if (!tagged.token(head).isVerb()) {
			return false;
		}
		int i = skipVerbGroup(tagged, head - 1); // "has recently", "had also"
		for (int governors = 0; governors < 2 && i >= 1 && "to".equals(tagged.token(i + 1).lower())
				&& tagged.token(i).isVerb(); governors++) {
			i = skipVerbGroup(tagged, i - 1); // "she agreed to sign", "should he decide to sign"
		}
		if (i < 0) {
			return false;
		}
		Token subject = tagged.token(i);
		if ("PRON".equals(subject.tag())) {
			return this.words.is(WordClasses.INDIVIDUAL_PRONOUN, subject.lower());
		}
		while (i > 0 && "PROPN".equals(tagged.token(i).tag())) {
			i--; // past the name to the role noun before it
		}
		return this.words.is(WordClasses.INDIVIDUAL, tagged.token(i));
	}

	/** "signed his new contract", "a deal with former employer HBO". */
	private boolean hasIndividualObject(TaggedSentence tagged, int head) {
		int end = Math.min(tagged.size() - 1, head + OBJECT_REACH);
		for (int i = head + 1; i <= end; i++) {
			Token t = tagged.token(i);
			if (t.isClauseBreak()) {
				return false;
			}
			if (i <= head + POSSESSIVE_REACH && "PRON".equals(t.tag()) && !"he".equals(t.lower())
					&& !"she".equals(t.lower()) && this.words.is(WordClasses.INDIVIDUAL_PRONOUN, t.lower())) {
				return true; // "signed his contract", "renewed her first deal"
			}
			if ("with".equals(t.lower())) {
				for (int k = i + 1; k <= Math.min(end, i + 3); k++) {
					if (this.words.is(WordClasses.INDIVIDUAL_COUNTERPART, tagged.token(k))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** The index of the word before the verb group that ends at {@code last}. */
	private static int skipVerbGroup(TaggedSentence tagged, int last) {
		int i = last;
		while (i >= 0 && isVerbGroupWord(tagged.token(i))) {
			i--;
		}
		return i;
	}

	private static boolean isVerbGroupWord(Token t) {
		return "ADV".equals(t.tag()) || "AUX".equals(t.tag()) || "PART".equals(t.tag());
	}

}
