package io.pactwatch.extraction.extractor.date;

import io.pactwatch.extraction.extractor.DateValue;

/**
 * The period an agreement runs for.
 *
 * @param start its start, or {@code null}
 * @param end its end, or {@code null}
 * @param from offset of the expression in the body
 * @param to offset just past it
 */
public record Term(DateValue start, DateValue end, int from, int to) {
}
