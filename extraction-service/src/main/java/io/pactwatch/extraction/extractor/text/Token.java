package io.pactwatch.extraction.extractor.text;

/**
 * One token of a tagged sentence.
 *
 * @param text the token as written
 * @param lower the token in lower case, with plain apostrophes
 * @param lemma its lemma (lower case)
 * @param tag its Universal Dependencies part of speech ({@code VERB}, {@code AUX}, {@code NOUN}...)
 * @param start offset in the article body
 * @param end offset just past it in the article body
 * @param pastForm whether it is a verb's past tense or past participle ("signed", "struck")
 */
public record Token(String text, String lower, String lemma, String tag, int start, int end, boolean pastForm) {

	public boolean isVerb() {
		return "VERB".equals(this.tag) || "AUX".equals(this.tag);
	}

	public boolean isNoun() {
		return "NOUN".equals(this.tag) || "PROPN".equals(this.tag);
	}

	public boolean isPunctuation() {
		return "PUNCT".equals(this.tag);
	}

	/** Punctuation that closes a clause for the purposes of the status rules. */
	public boolean isClauseBreak() {
		return isPunctuation() && (";".equals(this.text) || ":".equals(this.text) || "--".equals(this.text)
				|| "(".equals(this.text) || ")".equals(this.text));
	}

	/** A past tense or past participle form: an inflected form ending in -ed or an irregular one. */
	public boolean isPastForm() {
		return this.pastForm;
	}

	public boolean isGerund() {
		return this.lower.endsWith("ing") && !this.lower.equals(this.lemma);
	}

}
