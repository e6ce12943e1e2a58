package io.pactwatch.extraction.extractor.date;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pactwatch.extraction.extractor.DateValue;
import io.pactwatch.schemas.DatePrecision;

/**
 * Finds an agreement's term: a range of years ("to run from 2018 through 2022", "for
 * 1988-1992") or an end ("runs until December, 1990", "valid to 1995"), at the precision
 * written.
 */
public final class TermFinder {

	private static final Pattern RANGE = Pattern.compile(
			"\\b(?:from|between|for|covering|in) ((?:19|20)\\d\\d) ?(?:to|through|until|till|and|-|/) ?((?:19|20)\\d\\d)\\b");

	private static final Pattern UNTIL = Pattern.compile(
			"\\b(?:run|runs|running|ran|valid|last|lasts|lasting|expiring|extends|extended|continue|continues) (?:until|till|through|to|into) "
					+ "(?:(?:the )?end[- ](?:of )?)?(?:([A-Z][a-z]+)\\.?,? )?((?:19|20)\\d\\d)\\b");

	private final DateFinder dates;

	public TermFinder(DateFinder dates) {
		this.dates = dates;
	}

	/** The first term stated in {@code text[from, to)}, or {@code null}. */
	public Term find(String text, int from, int to, LocalDate published) {
		Matcher range = RANGE.matcher(text).region(from, to);
		if (range.find()) {
			return new Term(year(range.group(1)), year(range.group(2)), range.start(), range.end());
		}
		Matcher until = UNTIL.matcher(text).region(from, to);
		if (until.find()) {
			List<DateMention> end = this.dates.find(text, until.start(), until.end(), published, false);
			DateValue value = end.isEmpty() ? year(until.group(2)) : end.get(end.size() - 1).value();
			return new Term(null, value, until.start(), until.end());
		}
		return null;
	}

	private static DateValue year(String year) {
		return new DateValue(year, DatePrecision.YEAR);
	}

}
