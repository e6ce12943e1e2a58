package io.pactwatch.alert.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request without valid credentials: a 401 problem with {@code WWW-Authenticate: Bearer}. */
public class UnauthorizedException extends ErrorResponseException {

	private final HttpHeaders headers = new HttpHeaders();

	public UnauthorizedException(String detail) {
		super(HttpStatus.UNAUTHORIZED, problem(detail), null);
		this.headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"pactwatch\"");
	}

	@Override
	public HttpHeaders getHeaders() {
		return this.headers;
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
		problem.setTitle("Unauthorized");
		return problem;
	}

}
