package io.pactwatch.extraction.extractor.text;

/**
 * A sentence of an article body.
 *
 * @param index its position among the article's sentences
 * @param paragraph the index of its paragraph (a line of the body)
 * @param start offset in the body
 * @param end offset just past it
 * @param text the sentence as written
 */
public record Sentence(int index, int paragraph, int start, int end, String text) {
}
