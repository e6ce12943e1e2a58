package io.pactwatch.ingest.limits;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import io.pactwatch.ingest.web.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Knows the client of every {@code /api/**} request by its API key ({@code X-API-Key} or
 * {@code Authorization: Bearer}) and holds it to its rate: a request with an unknown key,
 * or without one where keys are required, gets 401; a request over the client's rate gets
 * 429 with {@code Retry-After}. Each request takes one token, except a bulk request, whose
 * lines take one each and are slowed down to the client's rate rather than refused.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiKeyFilter implements WebFilter {

	static final URI UNAUTHORIZED = URI.create("https://pactwatch.io/problems/unauthorized");

	static final URI RATE_LIMITED = URI.create("https://pactwatch.io/problems/rate-limited");

	private static final String BULK_PATH = "/api/articles/bulk";

	private final boolean requireKey;

	private final List<KnownKey> keys = new ArrayList<>();

	private final ApiClient anonymous;

	private final ProblemResponses problemResponses;

	ApiKeyFilter(ApiProperties properties, ProblemResponses problemResponses) {
		this.requireKey = properties.requireKey();
		for (ApiProperties.Key key : properties.keys()) {
			if (key.key() == null || key.key().isBlank()) {
				throw new IllegalArgumentException("pactwatch.ingest.api.keys: the key of '" + key.name() + "' is empty");
			}
			this.keys.add(new KnownKey(key.key().getBytes(StandardCharsets.UTF_8),
					new ApiClient((key.name() != null) ? key.name() : "key-" + this.keys.size(), bucket(key.limit()))));
		}
		this.anonymous = new ApiClient("anonymous", bucket(properties.anonymous()));
		this.problemResponses = problemResponses;
	}

	private static TokenBucket bucket(ApiProperties.Limit limit) {
		return (limit.articlesPerSecond() > 0) ? new TokenBucket(limit.articlesPerSecond(), limit.burst(), System::nanoTime)
				: null;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (!path.startsWith("/api/")) {
			return chain.filter(exchange);
		}
		String key = presentedKey(exchange.getRequest().getHeaders());
		ApiClient client = (key != null) ? find(key) : (this.requireKey ? null : this.anonymous);
		if (client == null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, (key != null)
					? "The API key is not known." : "An API key is required: send it in the X-API-Key header.");
			problem.setType(UNAUTHORIZED);
			problem.setTitle("Unauthorized");
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			return this.problemResponses.write(exchange, HttpStatus.UNAUTHORIZED, problem);
		}
		exchange.getAttributes().put(ApiClient.ATTRIBUTE, client);
		if (!path.equals(BULK_PATH) && !client.tryTake()) {
			long seconds = Math.max(1, (client.untilNext().toMillis() + 999) / 1000);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					"Client '" + client.name() + "' is over its rate limit; retry in " + seconds + " s.");
			problem.setType(RATE_LIMITED);
			problem.setTitle("Too many requests");
			problem.setProperty("retryAfterSeconds", seconds);
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			return this.problemResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS, problem);
		}
		return chain.filter(exchange);
	}

	private static String presentedKey(HttpHeaders headers) {
		String key = headers.getFirst("X-API-Key");
		if (key == null) {
			String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
			if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
				key = authorization.substring(7).strip();
			}
		}
		return (key == null || key.isBlank()) ? null : key.strip();
	}

	/** Compares with every key in constant time, so that timing tells nothing about them. */
	private ApiClient find(String presented) {
		byte[] bytes = presented.getBytes(StandardCharsets.UTF_8);
		ApiClient found = null;
		for (KnownKey known : this.keys) {
			if (MessageDigest.isEqual(known.key(), bytes)) {
				found = known.client();
			}
		}
		return found;
	}

	private record KnownKey(byte[] key, ApiClient client) {
	}

}
