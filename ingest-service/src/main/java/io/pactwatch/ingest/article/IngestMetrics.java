package io.pactwatch.ingest.article;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts articles by outcome ({@code accepted}, {@code duplicate}, {@code merged},
 * {@code rejected}, {@code failed}), source and channel: the meter
 * {@value #ARTICLES}, at {@code /actuator/metrics/pactwatch.ingest.articles}. Sources are
 * what clients say, so only the first {@value #MAX_SOURCES} distinct ones get a tag of
 * their own; the rest count as {@code other}.
 */
@Component
public class IngestMetrics {

	static final String ARTICLES = "pactwatch.ingest.articles";

	static final int MAX_SOURCES = 200;

	private final MeterRegistry registry;

	private final Set<String> sources = ConcurrentHashMap.newKeySet();

	IngestMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Counts an article refused before intake could read it (unreadable JSON, a page that could not be fetched). */
	public void rejected(String source, Channel channel) {
		count("rejected", source, channel);
	}

	void count(String outcome, String source, Channel channel) {
		Counter.builder(ARTICLES)
			.description("Articles submitted to ingest-service, by outcome, source and channel")
			.tag("outcome", outcome)
			.tag("source", sourceTag(source))
			.tag("channel", channel.tag())
			.register(this.registry)
			.increment();
	}

	private String sourceTag(String source) {
		if (source == null || source.isBlank()) {
			return "unknown";
		}
		String tag = source.strip().toLowerCase(Locale.ROOT);
		tag = (tag.length() > 100) ? tag.substring(0, 100) : tag;
		if (this.sources.contains(tag)) {
			return tag;
		}
		synchronized (this.sources) {
			if (this.sources.size() < MAX_SOURCES) {
				this.sources.add(tag);
				return tag;
			}
		}
		return this.sources.contains(tag) ? tag : "other";
	}

}
