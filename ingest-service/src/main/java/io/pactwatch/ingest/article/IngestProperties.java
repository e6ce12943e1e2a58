package io.pactwatch.ingest.article;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of article intake.
 *
 * @param maxBodySize largest request body accepted; larger ones get 413
 * @param partitions partitions of {@code articles.raw.v1} when ingest-service creates it
 * @param replicationFactor its replication factor
 * @param dedupe how many recent articles are remembered to answer duplicates
 */
@ConfigurationProperties("pactwatch.ingest")
public record IngestProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("3") int partitions,
		@DefaultValue("1") short replicationFactor, @DefaultValue Dedupe dedupe) {

	/**
	 * @param capacity articles remembered in memory
	 * @param warmUpRecords how many of the topic's latest records are read at start-up so
	 * that a restart does not forget what was just published
	 */
	public record Dedupe(@DefaultValue("100000") int capacity, @DefaultValue("10000") int warmUpRecords) {
	}

}
