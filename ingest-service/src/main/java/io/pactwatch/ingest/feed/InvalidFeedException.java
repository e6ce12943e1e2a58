package io.pactwatch.ingest.feed;

import java.util.List;
import java.util.stream.Collectors;

import io.pactwatch.ingest.article.ArticleSubmission;

/** A feed request that cannot be taken, with every problem found in it. */
public class InvalidFeedException extends RuntimeException {

	private final List<ArticleSubmission.FieldError> errors;

	InvalidFeedException(List<ArticleSubmission.FieldError> errors) {
		super(errors.stream().map((error) -> error.field() + " " + error.message()).collect(Collectors.joining("; ")));
		this.errors = List.copyOf(errors);
	}

	public List<ArticleSubmission.FieldError> getErrors() {
		return this.errors;
	}

}
