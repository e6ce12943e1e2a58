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
 * @param stories how syndicated copies of the same story are recognised
 */
@ConfigurationProperties("pactwatch.ingest")
public record IngestProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("3") int partitions,
		@DefaultValue("1") short replicationFactor, @DefaultValue Dedupe dedupe, @DefaultValue Stories stories) {

	/**
	 * @param capacity articles remembered in memory
	 * @param warmUpRecords how many of the topic's latest records are read at start-up so
	 * that a restart does not forget what was just published
	 */
	public record Dedupe(@DefaultValue("100000") int capacity, @DefaultValue("10000") int warmUpRecords) {
	}

	/**
	 * Near-duplicate detection (MinHash over five-word shingles of the body).
	 *
	 * @param capacity recent stories kept with their full text to compare copies with and
	 * to republish with a new source; 0 turns near-duplicate detection off
	 * @param minWords bodies with fewer words are only exact duplicates of themselves
	 * @param similarity estimated Jaccard similarity of two bodies' shingles from which
	 * they are the same story
	 */
	public record Stories(@DefaultValue("10000") int capacity, @DefaultValue("40") int minWords,
			@DefaultValue("0.8") double similarity) {
	}

}
