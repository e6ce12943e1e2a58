package io.pactwatch.ingest.article;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleSubmissionTests {

	@Test
	void aCompleteArticleIsValid() {
		ArticleSubmission submission = new ArticleSubmission("wire-1", "Example Wire", "https://news.example/a",
				"Title", "Body", "2017-10-05T09:30:00Z", "en");

		assertThat(submission.errors()).isEmpty();
		assertThat(submission.publishedInstant()).isEqualTo(Instant.parse("2017-10-05T09:30:00Z"));
	}

	@Test
	void titleAndBodyAreRequired() {
		ArticleSubmission submission = new ArticleSubmission(null, null, null, " ", null, null, null);

		assertThat(submission.errors()).extracting(ArticleSubmission.FieldError::field)
			.containsExactly("title", "body");
	}

	@ParameterizedTest
	@ValueSource(strings = { "news.example/a", "/a", "ftp://news.example/a", "javascript:alert(1)", "http://" })
	void urlMustBeAnAbsoluteWebUrl(String url) {
		assertThat(new ArticleSubmission(null, null, url, "T", "B", null, null).errors())
			.extracting(ArticleSubmission.FieldError::field)
			.containsExactly("url");
	}

	@ParameterizedTest
	@ValueSource(strings = { "yesterday", "2017-13-01", "05/10/2017", "2017-10-05T09:30:00" })
	void publishedAtMustBeIso8601WithAZoneOrADate(String publishedAt) {
		assertThat(new ArticleSubmission(null, null, null, "T", "B", publishedAt, null).errors())
			.extracting(ArticleSubmission.FieldError::field)
			.containsExactly("publishedAt");
	}

	@Test
	void aDateAloneMeansMidnightUtc() {
		ArticleSubmission submission = new ArticleSubmission(null, null, null, "T", "B", "2017-10-05", null);

		assertThat(submission.publishedInstant()).isEqualTo(Instant.parse("2017-10-05T00:00:00Z"));
	}

	@Test
	void anOffsetIsHonoured() {
		ArticleSubmission submission = new ArticleSubmission(null, null, null, "T", "B", "2017-10-05T12:00:00+03:00",
				null);

		assertThat(submission.publishedInstant()).isEqualTo(Instant.parse("2017-10-05T09:00:00Z"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "has space", "slash/id", "" })
	void idMustBeASafeToken(String id) {
		assertThat(new ArticleSubmission(id, null, null, "T", "B", null, null).errors())
			.extracting(ArticleSubmission.FieldError::field)
			.containsExactly("id");
	}

	@Test
	void languageIsReducedToItsPrimarySubtag() {
		assertThat(new ArticleSubmission(null, null, null, "T", "B", null, "EN-gb").languageCode()).isEqualTo("en");
		assertThat(new ArticleSubmission(null, null, null, "T", "B", null, "english!").errors())
			.extracting(ArticleSubmission.FieldError::field)
			.containsExactly("language");
	}

}
