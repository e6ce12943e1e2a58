package io.pactwatch.alert.subscription;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneStatus;

/**
 * Which milestone events a subscription wants. An event matches when it names every one
 * of {@link #parties} (the event may name more), and its milestone is one of
 * {@link #milestones} and its status one of {@link #statuses}. An empty list puts no
 * condition.
 *
 * @param parties canonical party codes (see {@link Parties}), all required
 * @param milestones accepted milestones, any of them
 * @param statuses accepted statuses, any of them
 */
public record SubscriptionFilter(List<String> parties, List<Milestone> milestones, List<MilestoneStatus> statuses) {

	public SubscriptionFilter {
		parties = parties.stream().map(Parties::normalize).distinct().toList();
		milestones = milestones.stream().distinct().toList();
		statuses = statuses.stream().distinct().toList();
	}

	/** The filter that matches every event. */
	public static SubscriptionFilter any() {
		return new SubscriptionFilter(List.of(), List.of(), List.of());
	}

	public boolean matches(MilestoneEvent event) {
		return namesAllParties(event) && (this.milestones.isEmpty() || this.milestones.contains(event.getMilestone()))
				&& (this.statuses.isEmpty() || this.statuses.contains(event.getStatus()));
	}

	private boolean namesAllParties(MilestoneEvent event) {
		if (this.parties.isEmpty()) {
			return true;
		}
		List<String> named = event.getParties();
		if (named == null) {
			return false;
		}
		Set<String> eventParties = named.stream().map(Parties::normalize).collect(Collectors.toSet());
		return eventParties.containsAll(this.parties);
	}

}
