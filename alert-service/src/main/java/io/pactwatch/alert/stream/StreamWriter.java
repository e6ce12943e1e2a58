package io.pactwatch.alert.stream;

import java.time.Instant;
import java.util.List;

import io.pactwatch.alert.delivery.StreamChannels;
import io.pactwatch.alert.webhook.MilestoneCloudEvents;
import io.pactwatch.schemas.MilestoneEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.stereotype.Component;

/**
 * Stores stream channels' matches as entries of their tenants' streams (inside the
 * transaction of the event's deliveries), and tells this instance's open streams after the
 * commit. Tenants are locked in id order, so two transactions never wait on each other.
 */
@Component
class StreamWriter implements StreamChannels {

	private final StreamRepository repository;

	private final Sinks.Many<Long> commits = Sinks.many().multicast().directBestEffort();

	StreamWriter(StreamRepository repository) {
		this.repository = repository;
	}

	@Override
	public int append(List<EventMatches> events, Instant now) {
		if (events.isEmpty()) {
			return 0;
		}
		// every tenant of the batch, locked in id order: two batches never wait on each other in a circle
		this.repository.lockTenants(events.stream()
			.flatMap((e) -> e.matches().stream())
			.map(StreamMatch::tenantId)
			.distinct()
			.sorted()
			.toList());
		int created = 0;
		for (EventMatches one : events) {
			MilestoneEvent event = one.event();
			for (StreamMatch match : one.matches()) {
				if (this.repository.exists(match.channelId(), event.getEventId())) {
					continue;
				}
				String body = MilestoneCloudEvents.toJson(event, match.subscriptionId());
				long seq = this.repository.nextSeq(match.tenantId());
				if (this.repository.insert(match.tenantId(), seq, match.subscriptionId(), match.channelId(),
						event.getEventId(), body, now)) {
					created++;
				}
			}
		}
		return created;
	}

	@Override
	public void committed() {
		synchronized (this.commits) {
			this.commits.tryEmitNext(System.nanoTime());
		}
	}

	/** Ticks when this instance committed new entries. */
	Flux<Long> commits() {
		return this.commits.asFlux();
	}

}
