package io.pactwatch.ingest.fetch;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of fetching pages and feeds from the web.
 *
 * @param allowList IP addresses, CIDR ranges or host names that may be fetched although
 * they are loopback, private, link-local... (a local stack serving its own pages: 127.0.0.1)
 * @param connectTimeout time to open a connection
 * @param timeout time for the whole fetch, redirects and body included
 * @param maxSize the largest body read; a larger one is refused
 * @param maxRedirects redirects followed, each to an address checked anew
 * @param userAgent the {@code User-Agent} sent
 */
@ConfigurationProperties("pactwatch.ingest.fetch")
public record FetchProperties(@DefaultValue List<String> allowList, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("15s") Duration timeout, @DefaultValue("5MB") DataSize maxSize,
		@DefaultValue("5") int maxRedirects,
		@DefaultValue("pactwatch-ingest/0.1 (+https://pactwatch.io)") String userAgent) {
}
