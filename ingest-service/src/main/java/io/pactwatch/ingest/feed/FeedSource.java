package io.pactwatch.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed and its fetch state, as kept (JSON, keyed by id) on the compacted topic
 * {@code ingest.sources.v1}, so that a restart neither re-reads old entries nor forgets
 * ETags and backoffs.
 *
 * @param id {@code f-} and a hash of the feed's canonical URL
 * @param name the outlet, or {@code null} for the feed's own title
 * @param url the feed
 * @param origin CONFIG (application properties) or API
 * @param intervalSeconds time between polls
 * @param etag the {@code ETag} of the last answer, sent back as {@code If-None-Match}
 * @param lastModified its {@code Last-Modified}, sent back as {@code If-Modified-Since}
 * @param lastPolledAt when it was last polled
 * @param lastStatus what that poll gave: FETCHED, NOT_MODIFIED or FAILED
 * @param lastError why it failed, or {@code null}
 * @param consecutiveFailures failed polls in a row; each doubles the wait
 * @param nextPollAt when it is due
 * @param articles articles taken from it so far
 * @param seen keys (id, else link) of the entries already read, the latest last
 */
record FeedSource(String id, String name, String url, Origin origin, long intervalSeconds, String etag,
		String lastModified, Instant lastPolledAt, String lastStatus, String lastError, int consecutiveFailures,
		Instant nextPollAt, long articles, List<String> seen) {

	enum Origin {

		CONFIG, API

	}

	FeedSource {
		seen = (seen != null) ? List.copyOf(seen) : List.of();
	}

	static FeedSource create(String id, String name, String url, Origin origin, long intervalSeconds, Instant now) {
		return new FeedSource(id, name, url, origin, intervalSeconds, null, null, null, null, null, 0, now, 0, List.of());
	}

	FeedSource withDefinition(String name, long intervalSeconds) {
		return new FeedSource(this.id, name, this.url, this.origin, intervalSeconds, this.etag, this.lastModified,
				this.lastPolledAt, this.lastStatus, this.lastError, this.consecutiveFailures, this.nextPollAt,
				this.articles, this.seen);
	}

	FeedSource polled(Instant now, String status, String etag, String lastModified, long newArticles,
			List<String> seen) {
		return new FeedSource(this.id, this.name, this.url, this.origin, this.intervalSeconds, etag, lastModified, now,
				status, null, 0, now.plusSeconds(this.intervalSeconds), this.articles + newArticles, seen);
	}

	FeedSource failed(Instant now, String error, java.time.Duration backoff, long newArticles, List<String> seen) {
		return new FeedSource(this.id, this.name, this.url, this.origin, this.intervalSeconds, this.etag,
				this.lastModified, now, "FAILED", error, this.consecutiveFailures + 1, now.plus(backoff),
				this.articles + newArticles, seen);
	}

	FeedSource dueNow(Instant now) {
		return new FeedSource(this.id, this.name, this.url, this.origin, this.intervalSeconds, this.etag,
				this.lastModified, this.lastPolledAt, this.lastStatus, this.lastError, this.consecutiveFailures, now,
				this.articles, this.seen);
	}

}
