package io.pactwatch.alert.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.pactwatch.schemas.MilestoneEvent;

/**
 * Where stream channels' matches go: called inside the transaction that stores an event's
 * deliveries, so a stream entry exists exactly when the event's other deliveries do.
 */
public interface StreamChannels {

	/** One stream channel that matched. */
	record StreamMatch(UUID tenantId, UUID subscriptionId, UUID channelId) {
	}

	/** One event and the stream channels it matched. */
	record EventMatches(MilestoneEvent event, List<StreamMatch> matches) {
	}

	/** Stores the entries that do not exist yet, in the events' order. @return how many are new */
	int append(List<EventMatches> events, Instant now);

	/** The transaction committed: readers may look for new entries. */
	void committed();

}
