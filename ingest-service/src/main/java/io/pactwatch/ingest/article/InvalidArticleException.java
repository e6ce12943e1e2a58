package io.pactwatch.ingest.article;

import java.util.List;
import java.util.stream.Collectors;

/** A submitted article that cannot be accepted, with every problem found in it. */
public class InvalidArticleException extends RuntimeException {

	private final List<ArticleSubmission.FieldError> errors;

	public InvalidArticleException(List<ArticleSubmission.FieldError> errors) {
		super(errors.stream().map((error) -> error.field() + " " + error.message()).collect(Collectors.joining("; ")));
		this.errors = List.copyOf(errors);
	}

	public List<ArticleSubmission.FieldError> getErrors() {
		return this.errors;
	}

}
