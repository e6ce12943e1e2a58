package io.pactwatch.extraction.extractor.party;

import java.util.List;

/**
 * The parties chosen for one milestone mention.
 *
 * @param codes party codes in text order, without duplicates
 * @param surfaces the words the text used for them
 * @param source where they came from
 */
public record PartyChoice(List<String> codes, List<String> surfaces, Source source) {

	/** How directly the text named the parties; a merge keeps the more direct. */
	public enum Source {

		/** Named in the sentence itself. */
		NAMED,
		/** A back-reference ("the two nations") resolved to parties named earlier. */
		BACK_REFERENCE,
		/** Not named in the sentence: the article's agreement parties. */
		CONTEXT,
		/** None known. */
		NONE

	}

	public PartyChoice {
		codes = List.copyOf(codes);
		surfaces = List.copyOf(surfaces);
	}

	public static PartyChoice none() {
		return new PartyChoice(List.of(), List.of(), Source.NONE);
	}

	public boolean isEmpty() {
		return this.codes.isEmpty();
	}

}
