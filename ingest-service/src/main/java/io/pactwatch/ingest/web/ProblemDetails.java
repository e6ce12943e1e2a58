package io.pactwatch.ingest.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The problem types ingest-service answers with (RFC 9457). */
final class ProblemDetails {

	static final URI INVALID_ARTICLE = URI.create("https://pactwatch.io/problems/invalid-article");

	static final URI MALFORMED_REQUEST = URI.create("https://pactwatch.io/problems/malformed-request");

	static final URI PAYLOAD_TOO_LARGE = URI.create("https://pactwatch.io/problems/payload-too-large");

	static final URI INVALID_FEED = URI.create("https://pactwatch.io/problems/invalid-feed");

	static final URI FEED_NOT_FOUND = URI.create("https://pactwatch.io/problems/feed-not-found");

	static final URI PAGE_NOT_READABLE = URI.create("https://pactwatch.io/problems/page-not-readable");

	static final URI UNAVAILABLE = URI.create("https://pactwatch.io/problems/temporarily-unavailable");

	private ProblemDetails() {
	}

	static ProblemDetail payloadTooLarge(long maxBytes) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than the limit of " + maxBytes + " bytes.");
		problem.setType(PAYLOAD_TOO_LARGE);
		problem.setTitle("Request body too large");
		problem.setProperty("maxBytes", maxBytes);
		return problem;
	}

}
