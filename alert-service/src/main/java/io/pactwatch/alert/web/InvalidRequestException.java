package io.pactwatch.alert.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request whose fields are invalid: a 400 problem listing each field in {@code errors}. */
public class InvalidRequestException extends ErrorResponseException {

	private final List<FieldProblem> errors;

	public InvalidRequestException(String title, List<FieldProblem> errors) {
		super(HttpStatus.BAD_REQUEST, problem(title, errors), null);
		this.errors = List.copyOf(errors);
	}

	private static ProblemDetail problem(String title, List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				errors.stream().map((error) -> error.field() + ": " + error.message()).collect(Collectors.joining("; ")));
		problem.setTitle(title);
		problem.setProperty("errors", List.copyOf(errors));
		return problem;
	}

	public List<FieldProblem> getErrors() {
		return this.errors;
	}

}
