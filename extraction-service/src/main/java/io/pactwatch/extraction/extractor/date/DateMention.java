package io.pactwatch.extraction.extractor.date;

import java.time.LocalDate;
import java.time.YearMonth;

import io.pactwatch.extraction.extractor.DateValue;

/**
 * A date the text gives, resolved to the calendar.
 *
 * @param value the date at its precision
 * @param start offset in the article body
 * @param end offset just past it
 * @param anchor for a vague relative expression ("last week", "two weeks ago"), the day it
 * points at, which the written precision (a month) would blur; else {@code null}
 */
public record DateMention(DateValue value, int start, int end, LocalDate anchor) {

	/** The latest day the text can mean, for telling news from background. */
	public LocalDate latestMeant() {
		return (this.anchor != null) ? this.anchor : lastDay();
	}

	/** The first day the date covers. */
	public LocalDate firstDay() {
		return switch (this.value.precision()) {
			case YEAR -> LocalDate.of(Integer.parseInt(this.value.iso()), 1, 1);
			case MONTH -> YearMonth.parse(this.value.iso()).atDay(1);
			case DAY -> LocalDate.parse(this.value.iso());
		};
	}

	/** The last day the date covers. */
	public LocalDate lastDay() {
		return switch (this.value.precision()) {
			case YEAR -> LocalDate.of(Integer.parseInt(this.value.iso()), 12, 31);
			case MONTH -> YearMonth.parse(this.value.iso()).atEndOfMonth();
			case DAY -> LocalDate.parse(this.value.iso());
		};
	}

}
