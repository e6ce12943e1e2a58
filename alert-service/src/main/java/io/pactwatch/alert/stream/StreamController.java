package io.pactwatch.alert.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.pactwatch.alert.subscription.SubscriptionService;
import io.pactwatch.alert.tenant.Tenant;
import io.pactwatch.alert.web.Blocking;
import io.pactwatch.alert.web.FieldProblem;
import io.pactwatch.alert.web.InvalidRequestException;
import io.pactwatch.alert.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/stream}: the tenant's live stream as server-sent events: every milestone
 * event matched by a subscription with a stream channel, once per subscription, in order.
 * Each event has {@code id} (its number in the tenant's stream), {@code event: milestone} and
 * {@code data} (the CloudEvents JSON, extension {@code subscriptionid}). A client that
 * reconnects with {@code Last-Event-ID} (or {@code ?lastEventId=}) gets what it missed, as
 * long as it is retained; without one it gets what happens from now on ({@code 0}: everything
 * retained). Comments keep an idle stream open.
 */
@RestController
@Tag(name = "stream")
@SecurityRequirement(name = Tenant.SECURITY_SCHEME)
class StreamController {

	private static final String EVENT = "milestone";

	private static final Duration RECONNECT = Duration.ofSeconds(3);

	private final StreamRepository repository;

	private final StreamWriter writer;

	private final SubscriptionService subscriptions;

	private final StreamProperties properties;

	private final Clock clock;

	StreamController(StreamRepository repository, StreamWriter writer, SubscriptionService subscriptions,
			StreamProperties properties, Clock clock) {
		this.repository = repository;
		this.writer = writer;
		this.subscriptions = subscriptions;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Server-sent events of the tenant's matching milestone events; resume with Last-Event-ID")
	Mono<ResponseEntity<Flux<ServerSentEvent<String>>>> stream(Tenant tenant,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader,
			@RequestParam(name = "lastEventId", required = false) String lastEventIdParam,
			@RequestParam(name = "subscription", required = false) UUID subscription) {
		Long resumeAfter = lastEventId((lastEventIdHeader != null) ? lastEventIdHeader : lastEventIdParam);
		// checked before the response is a stream: an error is then an ordinary problem response,
		// not the first signal of an event stream
		return Blocking.call(() -> {
			if (subscription != null) {
				this.subscriptions.find(tenant.id(), subscription)
					.orElseThrow(() -> new NotFoundException("Subscription", subscription));
			}
			return (resumeAfter != null) ? resumeAfter : this.repository.currentSeq(tenant.id());
		}).map((start) -> ResponseEntity.ok()
			.contentType(MediaType.TEXT_EVENT_STREAM)
			.body(entries(tenant.id(), subscription, start)));
	}

	private Flux<ServerSentEvent<String>> entries(UUID tenantId, UUID subscription, long start) {
		AtomicLong last = new AtomicLong(start);
		Flux<Long> triggers = Flux
			.merge(Flux.just(0L), this.writer.commits(), Flux.interval(this.properties.pollInterval()))
			.onBackpressureDrop();
		Flux<ServerSentEvent<String>> events = triggers.concatMap((tick) -> read(tenantId, subscription, last), 1)
			.map((entry) -> ServerSentEvent.builder(entry.body()).id(Long.toString(entry.seq())).event(EVENT).build());
		Flux<ServerSentEvent<String>> heartbeats = Flux.interval(this.properties.heartbeat())
			.map((tick) -> ServerSentEvent.<String>builder().comment("keep-alive").build());
		// at once, so that the client knows the stream is open, and how soon to reconnect
		ServerSentEvent<String> opened = ServerSentEvent.<String>builder()
			.comment("pactwatch stream after " + start)
			.retry(RECONNECT)
			.build();
		return Flux.concat(Mono.just(opened), Flux.merge(events, heartbeats));
	}

	/** Everything after {@code last}, a batch at a time, moving {@code last} along. */
	private Flux<StreamEntry> read(UUID tenantId, UUID subscription, AtomicLong last) {
		return batch(tenantId, subscription, last)
			.expand((entries) -> (entries.size() < this.properties.batchSize()) ? Mono.empty()
					: batch(tenantId, subscription, last))
			.flatMapIterable((entries) -> entries);
	}

	private Mono<List<StreamEntry>> batch(UUID tenantId, UUID subscription, AtomicLong last) {
		return Blocking.call(() -> {
			List<StreamEntry> entries = this.repository.after(tenantId, last.get(), subscription,
					this.properties.batchSize());
			if (!entries.isEmpty()) {
				last.set(entries.get(entries.size() - 1).seq());
			}
			return entries;
		});
	}

	/** Drops entries past the retention. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void purge() {
		this.repository.deleteOlderThan(this.clock.instant().minus(this.properties.retention()));
	}

	private static Long lastEventId(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			long id = Long.parseLong(value.strip());
			if (id >= 0) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new InvalidRequestException("Invalid Last-Event-ID", List.of(new FieldProblem("Last-Event-ID",
				"must be the id of an event of this stream (a number), or 0 for everything retained")));
	}

}
