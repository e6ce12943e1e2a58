package io.pactwatch.ingest.web;

import io.pactwatch.ingest.article.IngestProperties;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a request whose declared {@code Content-Length} exceeds the configured limit
 * before reading any of it. Bodies sent without a length (chunked) are cut off by the
 * codecs' in-memory limit, which is set to the same value. The bulk endpoint is exempt:
 * it never holds its body, and limits each line.
 */
@Component
class BodySizeLimitFilter implements WebFilter {

	/** The bulk endpoint streams its body line by line and limits each line instead. */
	private static final String STREAMED_PATH = "/api/articles/bulk";

	private final long maxBodySize;

	private final ProblemResponses problemResponses;

	BodySizeLimitFilter(IngestProperties properties, ProblemResponses problemResponses) {
		this.maxBodySize = properties.maxBodySize().toBytes();
		this.problemResponses = problemResponses;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long declared = exchange.getRequest().getHeaders().getContentLength();
		if (declared > this.maxBodySize && !HttpMethod.GET.equals(exchange.getRequest().getMethod())
				&& !STREAMED_PATH.equals(exchange.getRequest().getPath().pathWithinApplication().value())) {
			ProblemDetail problem = ProblemDetails.payloadTooLarge(this.maxBodySize);
			return this.problemResponses.write(exchange, HttpStatus.CONTENT_TOO_LARGE, problem);
		}
		return chain.filter(exchange);
	}

}
