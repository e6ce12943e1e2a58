package io.pactwatch.extraction.extractor.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pactwatch.extraction.extractor.DateValue;
import io.pactwatch.schemas.DatePrecision;

/**
 * Finds dates in a sentence and normalises them against the article's date: explicit dates
 * ("March 29", "Sept 30, 1988", "29 March"), months ("in October", "an October signing",
 * "mid-July"), years ("in 1988"), weekdays ("on Tuesday": the last one for a past event, the
 * next one for an expected one), and relative expressions ("today", "last night", "next
 * month", "by the end of the year", "within three months", "two weeks ago"). Without an
 * article date only dates that carry their year are kept.
 */
public final class DateFinder {

	private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
			+ "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

	private static final Pattern MONTH_DAY = Pattern
		.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\.\\d| pct| per| mln| billion)(?:,? ((?:19|20)\\d\\d)\\b)?");

	private static final Pattern DAY_MONTH = Pattern
		.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + "(?:,? ((?:19|20)\\d\\d)\\b)?");

	/** A month alone; not inside a name ("the Long March rockets"). */
	private static final Pattern MONTH_ONLY = Pattern
		.compile("\\b(?:(?:mid|early|late|end)[- ](?:of )?)?" + MONTH + "(?![\\w-])(?:,? ((?:19|20)\\d\\d)\\b)?");

	private static final Pattern YEAR = Pattern.compile(
			"\\b(?i:in|by|until|till|from|during|for|since|before|after|through|to|of|end|early|late|mid|around|within)"
					+ "[- ](?:the )?(?:end of |early |late |mid-)?((?:19|20)\\d\\d)\\b(?![-/]\\d)"
					// "set for 1900 hours local": a clock time, not a year
					+ "(?! ?(?:hours|hrs|hr|gmt|GMT|local|EST|EDT|BST|CET)\\b)");

	private static final Pattern WEEKDAY = Pattern
		.compile("\\b(?:(last|next|this|on|coming) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

	private static final Pattern DAY_WORD = Pattern
		.compile("\\b(today|tonight|this morning|this afternoon|this evening|yesterday|last night|tomorrow)\\b",
				Pattern.CASE_INSENSITIVE);

	private static final Pattern PERIOD = Pattern.compile(
			"\\b(?:(later|earlier) )?(?:by )?(?:the )?(?:(end|end-|start|beginning|middle) of )?(?:the )?(next|last|this|coming|current|past) "
					+ "(week|month|year)\\b|\\b(?:by |before |at )?the end of the year\\b|\\byear-end\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern WITHIN = Pattern.compile(
			"\\b(?:within|in|over) (?:the next |about |around |another )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})"
					+ "(?: to (?:\\w+))? (day|week|month|year)s?\\b(?! ago)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern AGO = Pattern.compile(
			"\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}) (day|week|month|year)s? ago\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
			Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
			Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
			Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

	/**
	 * The dates in {@code text[from, to)}.
	 *
	 * @param published the article's date, {@code null} if unknown
	 * @param past whether the event they date lies before the article (weekdays and bare months
	 * are read backwards then, forwards otherwise)
	 */
	public List<DateMention> find(String text, int from, int to, LocalDate published, boolean past) {
		List<DateMention> found = new ArrayList<>();
		Matcher m = MONTH_DAY.matcher(text).region(from, to);
		while (m.find()) {
			int month = monthOf(m.group(1));
			int day = Integer.parseInt(m.group(2));
			Integer year = (m.group(3) != null) ? Integer.valueOf(m.group(3)) : null;
			addDay(found, m, month, day, year, published, past);
		}
		m = DAY_MONTH.matcher(text).region(from, to);
		while (m.find()) {
			Integer year = (m.group(3) != null) ? Integer.valueOf(m.group(3)) : null;
			addDay(found, m, monthOf(m.group(2)), Integer.parseInt(m.group(1)), year, published, past);
		}
		m = MONTH_ONLY.matcher(text).region(from, to);
		while (m.find()) {
			if (overlaps(found, m.start(), m.end()) || insideName(text, m.start())) {
				continue;
			}
			int month = monthOf(m.group(1));
			if (m.group(2) != null) {
				add(found, m, month(YearMonth.of(Integer.parseInt(m.group(2)), month)));
			}
			else if (published != null && monthQualifier(text, m.start()) != null) {
				// "last May" is the latest May before this month; "next March" the first after it
				YearMonth now = YearMonth.from(published);
				YearMonth candidate = YearMonth.of(now.getYear(), month);
				if ("last".equals(monthQualifier(text, m.start()))) {
					candidate = candidate.isBefore(now) ? candidate : candidate.minusYears(1);
				}
				else {
					candidate = candidate.isAfter(now) ? candidate : candidate.plusYears(1);
				}
				add(found, m, month(candidate));
			}
			else if (published != null && !"May".equals(m.group(1)) || published != null && precededByIn(text, m.start())) {
				YearMonth now = YearMonth.from(published);
				YearMonth candidate = YearMonth.of(now.getYear(), month);
				if (past && candidate.isAfter(now)) {
					candidate = candidate.minusYears(1);
				}
				else if (!past && candidate.isBefore(now)) {
					candidate = candidate.plusYears(1);
				}
				add(found, m, month(candidate));
			}
		}
		m = YEAR.matcher(text).region(from, to);
		while (m.find()) {
			if (!overlaps(found, m.start(1), m.end(1))) {
				found.add(new DateMention(new DateValue(m.group(1), DatePrecision.YEAR), m.start(1), m.end(1), null));
			}
		}
		if (published != null) {
			findRelative(text, from, to, published, past, found);
		}
		found.sort(Comparator.comparingInt(DateMention::start));
		return found;
	}

	private void findRelative(String text, int from, int to, LocalDate published, boolean past,
			List<DateMention> found) {
		Matcher m = WEEKDAY.matcher(text).region(from, to);
		while (m.find()) {
			DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
			String qualifier = (m.group(1) != null) ? m.group(1).toLowerCase(Locale.ROOT) : "";
			boolean backwards = "last".equals(qualifier) || (past && !"next".equals(qualifier) && !"coming".equals(qualifier));
			LocalDate date = backwards ? published.with(TemporalAdjusters.previousOrSame(day))
					: published.with(TemporalAdjusters.next(day));
			add(found, m, day(date));
		}
		m = DAY_WORD.matcher(text).region(from, to);
		while (m.find()) {
			String word = m.group(1).toLowerCase(Locale.ROOT);
			LocalDate date = switch (word) {
				case "yesterday", "last night" -> published.minusDays(1);
				case "tomorrow" -> published.plusDays(1);
				default -> published;
			};
			add(found, m, day(date));
		}
		m = PERIOD.matcher(text).region(from, to);
		while (m.find()) {
			if (m.group(4) == null) {
				add(found, m, year(published.getYear())); // "by the end of the year", "year-end"
				continue;
			}
			String which = m.group(3).toLowerCase(Locale.ROOT);
			String unit = m.group(4).toLowerCase(Locale.ROOT);
			int step = switch (which) {
				case "next", "coming" -> 1;
				case "last", "past" -> -1;
				default -> 0;
			};
			switch (unit) {
				case "week" -> add(found, m, month(YearMonth.from(published.plusWeeks(step))), published.plusWeeks(step));
				case "month" -> add(found, m, month(YearMonth.from(published).plusMonths(step)),
						published.plusMonths(step));
				default -> add(found, m, year(published.getYear() + step));
			}
		}
		m = WITHIN.matcher(text).region(from, to);
		while (m.find()) {
			int n = number(m.group(1));
			LocalDate date = plus(published, n, m.group(2));
			add(found, m, "day".equalsIgnoreCase(m.group(2)) || "week".equalsIgnoreCase(m.group(2))
					? month(YearMonth.from(date)) : year(date.getYear()));
		}
		m = AGO.matcher(text).region(from, to);
		while (m.find()) {
			LocalDate date = plus(published, -number(m.group(1)), m.group(2));
			String unit = m.group(2).toLowerCase(Locale.ROOT);
			add(found, m, switch (unit) {
				case "day" -> day(date);
				case "year" -> year(date.getYear());
				default -> month(YearMonth.from(date));
			}, date);
		}
	}

	/** Capitalised words that may precede a month without making it part of a name. */
	private static final Set<String> MONTH_PRECEDERS = Set.of("In", "By", "On", "From", "Until",
			"Since", "During", "Before", "After", "Last", "Next", "This", "Early", "Late", "Mid", "Through", "Till",
			"Of", "For", "And", "Or", "To", "The", "Back");

	/** "the Long March rockets", "Operation October": a month name inside a proper name. */
	private static boolean insideName(String text, int at) {
		int end = at;
		while (end > 0 && text.charAt(end - 1) == ' ') {
			end--;
		}
		int start = end;
		while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
			start--;
		}
		if (start == end || !Character.isUpperCase(text.charAt(start))) {
			return false;
		}
		return !MONTH_PRECEDERS.contains(text.substring(start, end));
	}

	/** "last" or "next" right before a month ("last May", "next March"), or {@code null}. */
	private static String monthQualifier(String text, int at) {
		for (String q : new String[] { "last", "next" }) {
			int start = at - q.length() - 1;
			if (start >= 0 && text.regionMatches(true, start, q + " ", 0, q.length() + 1)
					&& (start == 0 || !Character.isLetter(text.charAt(start - 1)))) {
				return q;
			}
		}
		return null;
	}

	private static boolean precededByIn(String text, int at) {
		return at >= 3 && text.regionMatches(true, at - 3, "in ", 0, 3);
	}

	private static void addDay(List<DateMention> found, Matcher m, int month, int day, Integer year,
			LocalDate published, boolean past) {
		if (day < 1 || day > 31 || overlaps(found, m.start(), m.end())) {
			return;
		}
		LocalDate date;
		if (year != null) {
			date = safeDate(year, month, day);
		}
		else if (published != null) {
			date = nearest(published, month, day, past);
		}
		else {
			return;
		}
		if (date != null) {
			add(found, m, day(date));
		}
	}

	/** The year that puts month/day on the right side of the article date, nearest to it. */
	private static LocalDate nearest(LocalDate published, int month, int day, boolean past) {
		LocalDate best = null;
		for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
			LocalDate candidate = safeDate(year, month, day);
			if (candidate == null) {
				continue;
			}
			boolean rightSide = past ? !candidate.isAfter(published.plusDays(1))
					: !candidate.isBefore(published.minusDays(1));
			if (rightSide && (best == null || Math.abs(candidate.toEpochDay() - published.toEpochDay()) < Math
				.abs(best.toEpochDay() - published.toEpochDay()))) {
				best = candidate;
			}
		}
		return best;
	}

	private static LocalDate safeDate(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	private static LocalDate plus(LocalDate date, int n, String unit) {
		return switch (unit.toLowerCase(Locale.ROOT)) {
			case "day" -> date.plusDays(n);
			case "week" -> date.plusWeeks(n);
			case "month" -> date.plusMonths(n);
			default -> date.plusYears(n);
		};
	}

	private static int number(String word) {
		Integer n = NUMBERS.get(word.toLowerCase(Locale.ROOT));
		return (n != null) ? n : Integer.parseInt(word);
	}

	private static int monthOf(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		for (java.time.Month month : java.time.Month.values()) {
			if (month.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) {
				return month.getValue();
			}
		}
		throw new IllegalArgumentException(name);
	}

	private static boolean overlaps(List<DateMention> found, int start, int end) {
		for (DateMention d : found) {
			if (d.start() < end && start < d.end()) {
				return true;
			}
		}
		return false;
	}

	private static void add(List<DateMention> found, Matcher m, DateValue value) {
		add(found, m, value, null);
	}

	/** @param anchor the day a vague expression points at ("two weeks ago"), or {@code null} */
	private static void add(List<DateMention> found, Matcher m, DateValue value, LocalDate anchor) {
		if (!overlaps(found, m.start(), m.end())) {
			found.add(new DateMention(value, m.start(), m.end(), anchor));
		}
	}

	static DateValue day(LocalDate date) {
		return new DateValue(date.toString(), DatePrecision.DAY);
	}

	static DateValue month(YearMonth month) {
		return new DateValue(month.toString(), DatePrecision.MONTH);
	}

	static DateValue year(int year) {
		return new DateValue(Integer.toString(year), DatePrecision.YEAR);
	}

}
