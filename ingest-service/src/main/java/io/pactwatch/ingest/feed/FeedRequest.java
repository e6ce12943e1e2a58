package io.pactwatch.ingest.feed;

/**
 * A feed to add.
 *
 * @param url the RSS or Atom feed, http or https
 * @param name the outlet its articles come from; by default the feed's own title
 * @param interval time between polls as an ISO 8601 duration, e.g. {@code PT15M}
 */
record FeedRequest(String url, String name, String interval) {
}
