package io.pactwatch.ingest.web;

import java.util.List;
import java.util.Map;

import io.pactwatch.ingest.article.ArticleNotPublishedException;
import io.pactwatch.ingest.article.IngestProperties;
import io.pactwatch.ingest.article.InvalidArticleException;
import reactor.core.publisher.Mono;

import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * Turns every failure of a request into an {@code application/problem+json} answer
 * (RFC 9457) that says what was wrong, field by field where it can.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final long maxBodySize;

	ApiExceptionHandler(IngestProperties properties) {
		this.maxBodySize = properties.maxBodySize().toBytes();
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidArticle(InvalidArticleException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setType(ProblemDetails.INVALID_ARTICLE);
		problem.setTitle("Invalid article");
		List<Map<String, String>> errors = ex.getErrors()
			.stream()
			.map((error) -> Map.of("field", error.field(), "message", error.message()))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notPublished(ArticleNotPublishedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The article could not be stored right now; it was not accepted. Retry later.");
		problem.setType(ProblemDetails.UNAVAILABLE);
		problem.setTitle("Temporarily unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		if (hasCause(ex, DataBufferLimitException.class)) {
			return Mono.just(ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(ProblemDetails.payloadTooLarge(this.maxBodySize)));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, describe(ex));
		problem.setType(ProblemDetails.MALFORMED_REQUEST);
		problem.setTitle("Malformed request");
		return Mono.just(ResponseEntity.badRequest().body(problem));
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleResponseStatusException(
			org.springframework.web.server.ResponseStatusException ex, HttpHeaders headers, HttpStatusCode status,
			ServerWebExchange exchange) {
		if (hasCause(ex, DataBufferLimitException.class)) {
			return Mono.just(ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(ProblemDetails.payloadTooLarge(this.maxBodySize)));
		}
		return super.handleResponseStatusException(ex, headers, status, exchange);
	}

	/** The parser's own words (line and column) help a client find the mistake. */
	private static String describe(ServerWebInputException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof DecodingException && cause.getCause() != null) {
			String message = cause.getCause().getMessage();
			String firstLine = (message != null) ? message.lines().findFirst().orElse(message) : "unreadable";
			return "The body is not valid JSON for an article: " + firstLine;
		}
		return (ex.getReason() != null) ? ex.getReason() : "The request could not be read.";
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return true;
			}
			if (current.getCause() == current) {
				return false;
			}
		}
		return false;
	}

}
