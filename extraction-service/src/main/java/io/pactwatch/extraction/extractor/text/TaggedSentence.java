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
