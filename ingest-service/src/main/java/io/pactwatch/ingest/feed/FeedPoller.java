package io.pactwatch.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.pactwatch.ingest.article.ArticleNotPublishedException;
import io.pactwatch.ingest.article.Channel;
import io.pactwatch.ingest.fetch.FetchException;
import io.pactwatch.ingest.fetch.FetchedResource;
import io.pactwatch.ingest.fetch.PageFetcher;
import io.pactwatch.ingest.page.PageReader;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;

/**
 * Polls the feeds that are due: a conditional GET ({@code If-None-Match},
 * {@code If-Modified-Since}) through the guarded {@link PageFetcher}; on 304 nothing more;
 * else every entry not read before, oldest first, has its page fetched and read into an
 * article by the {@link PageReader} (the entry's own content stands in when the page cannot
 * be read). A feed that fails is retried after a backoff that doubles with each failure in
 * a row, up to {@code max-backoff}; other feeds are not held up. The feed's new state
 * (validators, seen entries, next poll) is saved to {@link FeedStore} after each poll; the
 * validators only once all new entries are in Kafka, so that entries not yet taken are
 * read again.
 */
class FeedPoller implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(FeedPoller.class);

	private static final int MAX_ERROR = 300;

	private final FeedStore store;

	private final PageFetcher fetcher;

	private final PageReader reader;

	private final FeedProperties properties;

	private final Clock clock;

	private final Set<String> polling = ConcurrentHashMap.newKeySet();

	private volatile Disposable schedule;

	FeedPoller(FeedStore store, PageFetcher fetcher, PageReader reader, FeedProperties properties, Clock clock) {
		this.store = store;
		this.fetcher = fetcher;
		this.reader = reader;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void start() {
		if (this.properties.enabled()) {
			this.schedule = Flux.interval(this.properties.tick())
				.onBackpressureDrop()
				.concatMap((tick) -> pollDue().onErrorResume((ex) -> {
					logger.warn("Polling feeds failed: {}", ex.toString());
					return Mono.empty();
				}), 0)
				.subscribe();
		}
	}

	@Override
	public void stop() {
		Disposable running = this.schedule;
		if (running != null) {
			running.dispose();
		}
		this.schedule = null;
	}

	@Override
	public boolean isRunning() {
		return this.schedule != null;
	}

	/** Polls every feed that is due, a few at a time. */
	Mono<Void> pollDue() {
		Instant now = this.clock.instant();
		List<FeedSource> due = this.store.all()
			.stream()
			.filter((source) -> source.nextPollAt() == null || !source.nextPollAt().isAfter(now))
			.toList();
		return Flux.fromIterable(due).flatMap(this::poll, Math.max(1, this.properties.concurrency())).then();
	}

	/** Polls one feed now, unless it is being polled already (then: empty). */
	Mono<PollReport> poll(FeedSource source) {
		return Mono.defer(() -> {
			if (!this.polling.add(source.id())) {
				return Mono.empty();
			}
			return fetchAndRead(source).doFinally((signal) -> this.polling.remove(source.id()));
		});
	}

	private Mono<PollReport> fetchAndRead(FeedSource source) {
		HttpHeaders conditions = new HttpHeaders();
		if (source.etag() != null) {
			conditions.set(HttpHeaders.IF_NONE_MATCH, source.etag());
		}
		if (source.lastModified() != null) {
			conditions.set(HttpHeaders.IF_MODIFIED_SINCE, source.lastModified());
		}
		return this.fetcher.fetch(URI.create(source.url()), conditions).flatMap((answer) -> {
			if (answer.notModified()) {
				return save(source.polled(this.clock.instant(), "NOT_MODIFIED", source.etag(), source.lastModified(), 0,
						source.seen()))
					.thenReturn(new PollReport(source.id(), "NOT_MODIFIED", 0, 0, List.of(), null));
			}
			SyndFeed feed = parse(answer);
			return readEntries(source, feed, answer);
		}).onErrorResume((ex) -> !(ex instanceof ArticleNotPublishedException), (ex) -> failed(source, describe(ex), 0,
				source.seen(), 0, 0, List.of()));
	}

	private Mono<PollReport> readEntries(FeedSource source, SyndFeed feed, FetchedResource answer) {
		Set<String> seen = new LinkedHashSet<>(source.seen());
		List<SyndEntry> fresh = feed.getEntries()
			.stream()
			.filter((entry) -> key(entry) != null && !seen.contains(key(entry)))
			.sorted(Comparator.comparing(FeedPoller::dateOf, Comparator.nullsFirst(Comparator.naturalOrder())))
			.limit(this.properties.maxEntriesPerPoll())
			.toList();
		boolean complete = fresh.size() == feed.getEntries().stream().filter((entry) -> key(entry) != null
				&& !seen.contains(key(entry))).count();
		String outlet = (source.name() != null) ? source.name() : blankToNull(feed.getTitle());
		List<PollReport.EntryOutcome> outcomes = new ArrayList<>();
		return Flux.fromIterable(fresh)
			.concatMap((entry) -> read(entry, outlet, URI.create(answer.url().toString())).doOnNext((outcome) -> {
				outcomes.add(outcome);
				seen.add(key(entry));
			}))
			.then(Mono.defer(() -> {
				long taken = outcomes.stream().filter((outcome) -> outcome.id() != null).count();
				// validators only when every new entry was read: else the next poll must see them again
				String etag = complete ? answer.headers().getETag() : source.etag();
				String lastModified = complete ? answer.headers().getFirst(HttpHeaders.LAST_MODIFIED) : source.lastModified();
				return save(source.polled(this.clock.instant(), "FETCHED", etag, lastModified, taken, bounded(seen)))
					.thenReturn(new PollReport(source.id(), "FETCHED", feed.getEntries().size(), fresh.size(), outcomes,
							null));
			}))
			.onErrorResume(ArticleNotPublishedException.class, (ex) -> {
				long taken = outcomes.stream().filter((outcome) -> outcome.id() != null).count();
				return failed(source, "Articles could not be stored: " + ex.getMessage(), taken, bounded(seen),
						feed.getEntries().size(), fresh.size(), outcomes);
			});
	}

	private Mono<PollReport.EntryOutcome> read(SyndEntry entry, String outlet, URI feedUrl) {
		String link = (entry.getLink() != null) ? entry.getLink().strip() : null;
		URI page;
		try {
			page = (link != null) ? feedUrl.resolve(link) : null;
		}
		catch (IllegalArgumentException ex) {
			page = null;
		}
		String text = entryText(entry);
		if (page == null) {
			return Mono.just(new PollReport.EntryOutcome(link, null, "SKIPPED", "The entry has no usable link."));
		}
		PageReader.Hints hints = new PageReader.Hints(blankToNull(entry.getTitle()), dateOf(entry), text);
		String resolved = page.toString();
		return this.reader.read(page, outlet, null, hints, Channel.FEED)
			.map((result) -> new PollReport.EntryOutcome(resolved, result.id(), result.status().name(), null))
			.onErrorResume((ex) -> !(ex instanceof ArticleNotPublishedException),
					(ex) -> Mono.just(new PollReport.EntryOutcome(resolved, null, "SKIPPED", describe(ex))));
	}

	private Mono<PollReport> failed(FeedSource source, String error, long taken, List<String> seen, int entries,
			int newEntries, List<PollReport.EntryOutcome> outcomes) {
		Duration backoff = backoff(source.consecutiveFailures() + 1);
		logger.info("Feed {} ({}) failed, next try in {}: {}", source.id(), source.url(), backoff, error);
		return save(source.failed(this.clock.instant(), error, backoff, taken, seen))
			.thenReturn(new PollReport(source.id(), "FAILED", entries, newEntries, outcomes, error));
	}

	/** The wait after the n-th failure in a row: initial × 2^(n-1), at most max-backoff. */
	Duration backoff(int failures) {
		Duration backoff = this.properties.initialBackoff();
		for (int i = 1; i < failures && backoff.compareTo(this.properties.maxBackoff()) < 0; i++) {
			backoff = backoff.multipliedBy(2);
		}
		return (backoff.compareTo(this.properties.maxBackoff()) > 0) ? this.properties.maxBackoff() : backoff;
	}

	private Mono<Void> save(FeedSource source) {
		// a feed removed while it was polled stays removed
		if (this.store.get(source.id()).isEmpty()) {
			return Mono.empty();
		}
		return this.store.save(source).then();
	}

	private List<String> bounded(Set<String> seen) {
		List<String> all = new ArrayList<>(seen);
		int max = this.properties.maxSeenEntries();
		return (all.size() > max) ? all.subList(all.size() - max, all.size()) : all;
	}

	private static SyndFeed parse(FetchedResource answer) {
		try {
			SyndFeedInput input = new SyndFeedInput();
			input.setAllowDoctypes(false);
			String contentType = answer.headers().getFirst(HttpHeaders.CONTENT_TYPE);
			return input.build(new XmlReader(new ByteArrayInputStream(answer.body()), contentType, true));
		}
		catch (FeedException | IOException | IllegalArgumentException ex) {
			throw new NotAFeedException("Not an RSS or Atom feed: " + ex.getMessage());
		}
	}

	private static String key(SyndEntry entry) {
		String uri = blankToNull(entry.getUri());
		return (uri != null) ? uri : blankToNull(entry.getLink());
	}

	private static Instant dateOf(SyndEntry entry) {
		java.util.Date date = (entry.getPublishedDate() != null) ? entry.getPublishedDate() : entry.getUpdatedDate();
		return (date != null) ? date.toInstant() : null;
	}

	private static String entryText(SyndEntry entry) {
		StringBuilder text = new StringBuilder();
		for (SyndContent content : entry.getContents()) {
			if (content.getValue() != null) {
				text.append(Jsoup.parse(content.getValue()).text()).append("\n\n");
			}
		}
		if (text.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
			text.append(Jsoup.parse(entry.getDescription().getValue()).text());
		}
		return blankToNull(text.toString().strip());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String describe(Throwable ex) {
		String message = (ex instanceof FetchException || ex instanceof NotAFeedException) ? ex.getMessage()
				: ex.getClass().getSimpleName() + ": " + ex.getMessage();
		return (message.length() > MAX_ERROR) ? message.substring(0, MAX_ERROR) : message;
	}

	/** An answer that is not RSS or Atom. */
	static class NotAFeedException extends RuntimeException {

		NotAFeedException(String message) {
			super(message);
		}

	}

}
