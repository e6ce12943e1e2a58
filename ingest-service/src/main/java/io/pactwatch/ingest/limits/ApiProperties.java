package io.pactwatch.ingest.limits;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API keys and the rate of articles each client may submit.
 *
 * @param requireKey whether a request to {@code /api/**} without a key is refused (401);
 * off by default, so that a local stack needs no key
 * @param keys the clients that have a key
 * @param anonymous the limit shared by all requests that come without a key
 */
@ConfigurationProperties("pactwatch.ingest.api")
public record ApiProperties(@DefaultValue("false") boolean requireKey, @DefaultValue List<Key> keys,
		@DefaultValue Limit anonymous) {

	/**
	 * One client's key.
	 *
	 * @param name the client, as logs and metrics name it
	 * @param key the secret it sends in {@code X-API-Key} (or {@code Authorization: Bearer})
	 * @param limit its rate limit
	 */
	public record Key(String name, String key, @DefaultValue Limit limit) {
	}

	/**
	 * A token bucket: each article (each line of a bulk request, each other request) takes a
	 * token.
	 *
	 * @param articlesPerSecond tokens added per second; 0 means no limit
	 * @param burst the bucket's size: how many may come at once after a quiet spell
	 */
	public record Limit(@DefaultValue("200") double articlesPerSecond, @DefaultValue("2000") int burst) {
	}

}
