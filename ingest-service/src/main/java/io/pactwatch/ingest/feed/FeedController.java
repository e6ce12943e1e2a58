package io.pactwatch.ingest.feed;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.pactwatch.ingest.article.ArticleSubmission;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/feeds}: the RSS and Atom feeds pactwatch polls. Add one (201), list them,
 * look at one (its fetch state: validators, last status and error, failures in a row, next
 * poll), remove one added over the API (204), or poll one now and see what it gave.
 */
@RestController
@RequestMapping("/api/feeds")
class FeedController {

	private final FeedStore store;

	private final FeedPoller poller;

	private final FeedProperties properties;

	private final Clock clock;

	FeedController(FeedStore store, FeedPoller poller, FeedProperties properties, Clock clock) {
		this.store = store;
		this.poller = poller;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping
	Flux<FeedView> list() {
		return Flux.fromIterable(this.store.all()).sort(Comparator.comparing(FeedSource::id)).map(FeedView::of);
	}

	@GetMapping("/{id}")
	Mono<FeedView> get(@PathVariable String id) {
		return Mono.justOrEmpty(this.store.get(id)).map(FeedView::of).switchIfEmpty(Mono.error(() -> new FeedNotFoundException(id)));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<FeedView>> add(@RequestBody FeedRequest request) {
		List<ArticleSubmission.FieldError> errors = new ArrayList<>();
		String url = (request.url() != null) ? request.url().strip() : null;
		if (url == null || url.isEmpty()) {
			errors.add(new ArticleSubmission.FieldError("url", "is required"));
		}
		else if (!isWebUrl(url)) {
			errors.add(new ArticleSubmission.FieldError("url", "must be an absolute http or https URL of at most "
					+ ArticleSubmission.MAX_URL_LENGTH + " characters"));
		}
		if (request.name() != null && request.name().length() > 200) {
			errors.add(new ArticleSubmission.FieldError("name", "is longer than 200 characters"));
		}
		Duration interval = null;
		if (request.interval() != null) {
			try {
				interval = Duration.parse(request.interval());
				if (interval.compareTo(this.properties.minInterval()) < 0) {
					errors.add(new ArticleSubmission.FieldError("interval",
							"must be at least " + this.properties.minInterval()));
				}
			}
			catch (DateTimeParseException ex) {
				errors.add(new ArticleSubmission.FieldError("interval", "must be an ISO 8601 duration, e.g. PT15M"));
			}
		}
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidFeedException(errors));
		}
		String id = FeedIds.idFor(url);
		if (this.store.get(id).isPresent()) {
			return Mono.just(ResponseEntity.ok(FeedView.of(this.store.get(id).get())));
		}
		FeedSource source = FeedSource.create(id, request.name(), url, FeedSource.Origin.API,
				FeedIds.intervalSeconds(interval, this.properties), this.clock.instant());
		return this.store.save(source)
			.map((saved) -> ResponseEntity.created(URI.create("/api/feeds/" + id)).body(FeedView.of(saved)));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> remove(@PathVariable String id) {
		FeedSource source = this.store.get(id).orElseThrow(() -> new FeedNotFoundException(id));
		if (source.origin() == FeedSource.Origin.CONFIG) {
			return Mono.error(new InvalidFeedException(List.of(new ArticleSubmission.FieldError("id",
					"is configured in pactwatch.ingest.feeds.sources: remove it there"))));
		}
		return this.store.delete(id);
	}

	/** Polls the feed now, whatever its schedule or backoff, and answers what the poll gave. */
	@PostMapping("/{id}/poll")
	Mono<PollReport> poll(@PathVariable String id) {
		FeedSource source = this.store.get(id).orElseThrow(() -> new FeedNotFoundException(id));
		return this.poller.poll(source)
			.switchIfEmpty(Mono.fromSupplier(() -> new PollReport(id, "ALREADY_POLLING", 0, 0, List.of(), null)));
	}

	private static boolean isWebUrl(String value) {
		if (value.length() > ArticleSubmission.MAX_URL_LENGTH) {
			return false;
		}
		try {
			URI uri = new URI(value);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return uri.getHost() != null && (scheme.equals("http") || scheme.equals("https"));
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

}
