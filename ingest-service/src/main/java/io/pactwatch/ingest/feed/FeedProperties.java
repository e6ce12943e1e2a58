package io.pactwatch.ingest.feed;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of feed polling.
 *
 * @param enabled whether this instance polls feeds (run one poller per deployment)
 * @param sources feeds configured by the operator, polled besides those added over the API
 * @param tick how often the poller looks for feeds that are due
 * @param defaultInterval time between two polls of a feed that does not set its own
 * @param minInterval the shortest interval a feed may ask for
 * @param initialBackoff wait after a feed's first failed poll; doubled after each further
 * failure
 * @param maxBackoff the longest wait after failures
 * @param concurrency feeds polled at once
 * @param maxEntriesPerPoll new entries read in one poll (the rest in the next)
 * @param maxSeenEntries entries remembered per feed, so that an entry is read once
 * @param topic the compacted topic that keeps the feeds and their fetch state
 * @param replicationFactor its replication factor
 */
@ConfigurationProperties("pactwatch.ingest.feeds")
public record FeedProperties(@DefaultValue("true") boolean enabled, @DefaultValue List<Configured> sources,
		@DefaultValue("5s") Duration tick, @DefaultValue("15m") Duration defaultInterval,
		@DefaultValue("1m") Duration minInterval, @DefaultValue("1m") Duration initialBackoff,
		@DefaultValue("6h") Duration maxBackoff, @DefaultValue("4") int concurrency,
		@DefaultValue("50") int maxEntriesPerPoll, @DefaultValue("1000") int maxSeenEntries,
		@DefaultValue("ingest.sources.v1") String topic, @DefaultValue("1") short replicationFactor) {

	/**
	 * A feed the operator configured.
	 *
	 * @param name the outlet, the source of the feed's articles (by default the feed's title)
	 * @param url the RSS or Atom feed
	 * @param interval time between polls (by default {@code default-interval})
	 */
	public record Configured(String name, String url, Duration interval) {
	}

}
