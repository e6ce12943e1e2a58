package io.pactwatch.extraction.extractor;

import io.pactwatch.schemas.DatePrecision;

/**
 * A calendar date at the precision the text gives it.
 *
 * @param iso ISO 8601 at that precision: {@code 2017}, {@code 2017-10} or {@code 2017-10-05}
 * @param precision the precision
 */
public record DateValue(String iso, DatePrecision precision) {
}
