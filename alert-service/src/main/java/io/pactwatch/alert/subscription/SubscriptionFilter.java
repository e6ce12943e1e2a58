package io.pactwatch.alert.subscription;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.pactwatch.schemas.Domain;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneStatus;

/**
 * Which milestone events a subscription wants. An event matches when every condition holds;
 * an empty list or a null puts no condition:
 * <ul>
 * <li>{@link #parties}: the event names all of them ({@link PartiesMatch#ALL}, the event may name
 * more) or at least one ({@link PartiesMatch#ANY});</li>
 * <li>its milestone is one of {@link #milestones}, its status one of {@link #statuses}, its domain
 * one of {@link #domains} (an event without a domain matches no domain list);</li>
 * <li>its confidence is at least {@link #minConfidence};</li>
 * <li>its agreement title contains one of {@link #keywords} as whole words, ignoring case and
 * punctuation ({@code "space"} matches "Space-cooperation pact", not "aerospace").</li>
 * </ul>
 *
 * @param parties canonical party codes (see {@link Parties})
 * @param partiesMatch all of the parties, or any
 * @param milestones accepted milestones
 * @param statuses accepted statuses
 * @param domains accepted domains
 * @param minConfidence the lowest accepted confidence, 0 to 1, or null
 * @param keywords words or phrases of which the title must contain one
 */
public record SubscriptionFilter(List<String> parties, PartiesMatch partiesMatch, List<Milestone> milestones,
		List<MilestoneStatus> statuses, List<Domain> domains, Double minConfidence, List<String> keywords) {

	public SubscriptionFilter {
		parties = parties.stream().map(Parties::normalize).distinct().toList();
		partiesMatch = (partiesMatch != null) ? partiesMatch : PartiesMatch.ALL;
		milestones = milestones.stream().distinct().toList();
		statuses = statuses.stream().distinct().toList();
		domains = domains.stream().distinct().toList();
		keywords = keywords.stream().map(String::strip).filter((k) -> !words(k).isBlank()).distinct().toList();
	}

	/** All of the parties, any of the milestones and statuses; nothing else. */
	public SubscriptionFilter(List<String> parties, List<Milestone> milestones, List<MilestoneStatus> statuses) {
		this(parties, PartiesMatch.ALL, milestones, statuses, List.of(), null, List.of());
	}

	/** The filter that matches every event. */
	public static SubscriptionFilter any() {
		return new SubscriptionFilter(List.of(), List.of(), List.of());
	}

	public boolean matches(MilestoneEvent event) {
		return partiesMatch(event) && (this.milestones.isEmpty() || this.milestones.contains(event.getMilestone()))
				&& (this.statuses.isEmpty() || this.statuses.contains(event.getStatus()))
				&& (this.domains.isEmpty() || this.domains.contains(event.getDomain()))
				&& (this.minConfidence == null || event.getConfidence() >= this.minConfidence) && titleMatches(event);
	}

	private boolean partiesMatch(MilestoneEvent event) {
		if (this.parties.isEmpty()) {
			return true;
		}
		List<String> named = event.getParties();
		if (named == null) {
			return false;
		}
		Set<String> eventParties = named.stream().map(Parties::normalize).collect(Collectors.toSet());
		return (this.partiesMatch == PartiesMatch.ALL) ? eventParties.containsAll(this.parties)
				: this.parties.stream().anyMatch(eventParties::contains);
	}

	private boolean titleMatches(MilestoneEvent event) {
		if (this.keywords.isEmpty()) {
			return true;
		}
		if (event.getAgreementTitle() == null) {
			return false;
		}
		String title = " " + words(event.getAgreementTitle()) + " ";
		return this.keywords.stream().anyMatch((keyword) -> title.contains(" " + words(keyword) + " "));
	}

	/** Lower case, every run of characters other than letters and digits a single space. */
	static String words(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
