package io.pactwatch.extraction.extractor.party;

/**
 * A party named in the text.
 *
 * @param code the canonical code (eval/EVAL.md): ISO 3166-1 alpha-3, an IGO acronym or {@code org:name}
 * @param surface the words as written
 * @param kind how it was named
 * @param start offset in the article body
 * @param end offset just past it
 */
public record PartyMention(String code, String surface, PartyKind kind, int start, int end) {

	public boolean overlaps(int otherStart, int otherEnd) {
		return this.start < otherEnd && otherStart < this.end;
	}

}
