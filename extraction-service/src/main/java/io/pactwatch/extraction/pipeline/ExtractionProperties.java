package io.pactwatch.extraction.pipeline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the extraction pipeline. Topic settings are used when extraction-service
 * creates them. {@code articles.raw.v1} must have the same partition count as ingest-service
 * gives it.
 *
 * @param partitions partitions of each topic
 * @param replicationFactor replication factor of each topic
 * @param identityWindow how far apart in news time two reports between the same parties
 * may be and still be taken for one agreement when the extractor gave them different
 * domains or none
 */
@ConfigurationProperties("pactwatch.extraction")
public record ExtractionProperties(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor,
		@DefaultValue("30d") Duration identityWindow) {
}
