package io.pactwatch.ingest.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.pactwatch.ingest.article.ArticleNotPublishedException;
import io.pactwatch.ingest.article.IngestProperties;
import io.pactwatch.ingest.article.InvalidArticleException;
import io.pactwatch.ingest.feed.FeedNotFoundException;
import io.pactwatch.ingest.feed.InvalidFeedException;
import io.pactwatch.ingest.fetch.FetchException;
import io.pactwatch.ingest.page.PageNotReadableException;
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

	/** The broker did not take a change (a feed saved or removed): nothing was stored, the client may retry. */
	@ExceptionHandler({ org.apache.kafka.common.KafkaException.class, org.springframework.kafka.KafkaException.class })
	ResponseEntity<ProblemDetail> brokerAway(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The change could not be stored right now; it was not made. Retry later.");
		problem.setType(ProblemDetails.UNAVAILABLE);
		problem.setTitle("Temporarily unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidFeed(InvalidFeedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setType(ProblemDetails.INVALID_FEED);
		problem.setTitle("Invalid feed");
		problem.setProperty("errors", ex.getErrors()
			.stream()
			.map((error) -> Map.of("field", error.field(), "message", error.message()))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> feedNotFound(FeedNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(ProblemDetails.FEED_NOT_FOUND);
		problem.setTitle("Feed not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	/** A page or feed that could not be fetched: the URL was fine as input, what it leads to is not. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFetched(FetchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		String reason = ex.getReason().name().toLowerCase(Locale.ROOT).replace('_', '-');
		problem.setType(URI.create("https://pactwatch.io/problems/fetch-" + reason));
		problem.setTitle(switch (ex.getReason()) {
			case REFUSED -> "URL refused";
			case TOO_LARGE -> "Page too large";
			case TIMEOUT -> "Page too slow";
			case TOO_MANY_REDIRECTS -> "Too many redirects";
			case UNREACHABLE -> "Page unreachable";
			case HTTP_ERROR -> "Page not available";
		});
		problem.setProperty("url", ex.getUrl());
		problem.setProperty("reason", ex.getReason().name());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notReadable(PageNotReadableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setType(ProblemDetails.PAGE_NOT_READABLE);
		problem.setTitle("No article in the page");
		problem.setProperty("url", ex.getUrl());
		return ResponseEntity.unprocessableContent().body(problem);
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
