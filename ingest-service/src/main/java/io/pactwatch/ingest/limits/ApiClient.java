package io.pactwatch.ingest.limits;

import java.time.Duration;
import java.util.Optional;

import org.springframework.web.server.ServerWebExchange;

/**
 * Who sent a request: the name of its API key, or {@code anonymous}, with the key's rate
 * limit. Set on the exchange by {@link ApiKeyFilter}.
 */
public final class ApiClient {

	static final String ATTRIBUTE = ApiClient.class.getName();

	private final String name;

	private final TokenBucket bucket;

	ApiClient(String name, TokenBucket bucket) {
		this.name = name;
		this.bucket = bucket;
	}

	public static Optional<ApiClient> of(ServerWebExchange exchange) {
		return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
	}

	public String name() {
		return this.name;
	}

	/**
	 * Takes one article's share of the client's rate: the time to wait before submitting
	 * it (zero when the client is within its rate).
	 */
	public Duration reserve() {
		return (this.bucket != null) ? this.bucket.reserve() : Duration.ZERO;
	}

	boolean tryTake() {
		return this.bucket == null || this.bucket.tryTake();
	}

	Duration untilNext() {
		return (this.bucket != null) ? this.bucket.untilNext() : Duration.ZERO;
	}

}
