package io.pactwatch.ingest.feed;

import java.time.Duration;
import java.time.Instant;

/**
 * A feed as the API shows it.
 *
 * @param id its id
 * @param name the outlet, or {@code null} for the feed's own title
 * @param url the feed
 * @param origin CONFIG or API
 * @param interval time between polls, ISO 8601
 * @param etag the last {@code ETag}
 * @param lastModified the last {@code Last-Modified}
 * @param lastPolledAt when it was last polled
 * @param lastStatus FETCHED, NOT_MODIFIED or FAILED
 * @param lastError why the last poll failed
 * @param consecutiveFailures failed polls in a row
 * @param nextPollAt when it is due
 * @param articles articles taken from it
 * @param seenEntries entries remembered as read
 */
record FeedView(String id, String name, String url, FeedSource.Origin origin, String interval, String etag,
		String lastModified, Instant lastPolledAt, String lastStatus, String lastError, int consecutiveFailures,
		Instant nextPollAt, long articles, int seenEntries) {

	static FeedView of(FeedSource source) {
		return new FeedView(source.id(), source.name(), source.url(), source.origin(),
				Duration.ofSeconds(source.intervalSeconds()).toString(), source.etag(), source.lastModified(),
				source.lastPolledAt(), source.lastStatus(), source.lastError(), source.consecutiveFailures(),
				source.nextPollAt(), source.articles(), source.seen().size());
	}

}
