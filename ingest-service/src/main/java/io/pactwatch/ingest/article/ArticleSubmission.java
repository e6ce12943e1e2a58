package io.pactwatch.ingest.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One article as a client submits it: the fields of eval/EVAL.md's article format. Every
 * field arrives as text so that a bad value gets a message naming the field rather than a
 * generic parse error.
 *
 * @param id optional; derived from the URL or the text when absent
 * @param source the outlet
 * @param url where the article was published
 * @param title the headline (required)
 * @param body the text (required)
 * @param publishedAt ISO 8601 instant, offset date-time or date
 * @param language ISO 639 code
 */
public record ArticleSubmission(String id, String source, String url, String title, String body, String publishedAt,
		String language) {

	static final int MAX_ID_LENGTH = 128;

	static final int MAX_TITLE_LENGTH = 1_000;

	static final int MAX_SOURCE_LENGTH = 200;

	public static final int MAX_URL_LENGTH = 2_048;

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]+");

	private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

	/** The problems with this submission, empty when it is valid. */
	List<FieldError> errors() {
		List<FieldError> errors = new ArrayList<>();
		if (isBlank(this.title)) {
			errors.add(new FieldError("title", "is required"));
		}
		else if (this.title.length() > MAX_TITLE_LENGTH) {
			errors.add(new FieldError("title", "is longer than " + MAX_TITLE_LENGTH + " characters"));
		}
		if (isBlank(this.body)) {
			errors.add(new FieldError("body", "is required"));
		}
		if (this.id != null && (this.id.length() > MAX_ID_LENGTH || !ID.matcher(this.id).matches())) {
			errors.add(new FieldError("id", "must be 1 to " + MAX_ID_LENGTH + " letters, digits or . _ : -"));
		}
		if (this.source != null && this.source.length() > MAX_SOURCE_LENGTH) {
			errors.add(new FieldError("source", "is longer than " + MAX_SOURCE_LENGTH + " characters"));
		}
		if (this.url != null && !isWebUrl(this.url)) {
			errors.add(new FieldError("url", "must be an absolute http or https URL of at most " + MAX_URL_LENGTH
					+ " characters"));
		}
		if (this.publishedAt != null && parseTime(this.publishedAt) == null) {
			errors.add(new FieldError("publishedAt",
					"must be an ISO 8601 instant, date-time with offset or date, e.g. 2017-10-05T09:30:00Z"));
		}
		if (this.language != null && !LANGUAGE.matcher(this.language).matches()) {
			errors.add(new FieldError("language", "must be an ISO 639 language code, e.g. en"));
		}
		return errors;
	}

	/** The publication time, {@code null} when not given. Call only on a valid submission. */
	Instant publishedInstant() {
		return (this.publishedAt != null) ? parseTime(this.publishedAt) : null;
	}

	/** The primary language subtag in lower case, {@code null} when not given. */
	String languageCode() {
		return (this.language != null) ? this.language.split("-")[0].toLowerCase(Locale.ROOT) : null;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static boolean isWebUrl(String value) {
		if (value.length() > MAX_URL_LENGTH) {
			return false;
		}
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme();
			return uri.isAbsolute() && uri.getHost() != null
					&& ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static Instant parseTime(String value) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException notOffsetDateTime) {
			try {
				return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException notDate) {
				return null;
			}
		}
	}

	/** One invalid field and what is wrong with it. */
	public record FieldError(String field, String message) {
	}

}
