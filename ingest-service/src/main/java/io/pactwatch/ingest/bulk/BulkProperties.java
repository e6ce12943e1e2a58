package io.pactwatch.ingest.bulk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the NDJSON bulk endpoint.
 *
 * @param maxLineSize the largest line (one article); a longer one is answered as rejected
 * and the stream goes on
 * @param concurrency how many lines are in flight at once (validated, published and not yet
 * answered); the request body is read no faster than they are answered
 */
@ConfigurationProperties("pactwatch.ingest.bulk")
public record BulkProperties(@DefaultValue("1MB") DataSize maxLineSize, @DefaultValue("256") int concurrency) {
}
