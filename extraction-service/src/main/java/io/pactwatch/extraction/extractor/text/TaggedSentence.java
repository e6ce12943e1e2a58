package io.pactwatch.extraction.extractor.text;

import java.util.List;

/**
 * A sentence with its tokens, parts of speech and lemmas.
 *
 * @param sentence the sentence
 * @param tokens its tokens, offsets relative to the article body
 */
public record TaggedSentence(Sentence sentence, List<Token> tokens) {

	public TaggedSentence {
		tokens = List.copyOf(tokens);
	}

	public int size() {
		return this.tokens.size();
	}

	public Token token(int index) {
		return this.tokens.get(index);
	}

	/**
	 * A hyphen inside a word ("six-nation", "two-day"), which the tokenizer splits off: part of a
	 * compound modifier, not punctuation between phrases.
	 */
	public boolean isWordHyphen(int index) {
		Token t = this.tokens.get(index);
		return "-".equals(t.text()) && index > 0 && index + 1 < this.tokens.size()
				&& this.tokens.get(index - 1).end() == t.start() && t.end() == this.tokens.get(index + 1).start();
	}

	/** The index of the first token starting at or after a body offset, or {@link #size()}. */
	public int tokenAt(int bodyOffset) {
		for (int i = 0; i < this.tokens.size(); i++) {
			if (this.tokens.get(i).end() > bodyOffset) {
				return i;
			}
		}
		return this.tokens.size();
	}

}
