package io.pactwatch.alert.subscription;

import java.util.List;

import io.pactwatch.alert.support.MilestoneEvents;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionFilterTests {

	private static final MilestoneEvent signedByChinaAndRussia = MilestoneEvents.event("agr-1",
			List.of("CHN", "RUS"), Milestone.SIGNED, MilestoneStatus.OCCURRED);

	private static final MilestoneEvent expectedSigning = MilestoneEvents.event("agr-1", List.of("CHN", "RUS"),
			Milestone.SIGNED, MilestoneStatus.EXPECTED);

	@Test
	void emptyFilterMatchesEverything() {
		assertThat(SubscriptionFilter.any().matches(signedByChinaAndRussia)).isTrue();
		assertThat(SubscriptionFilter.any().matches(expectedSigning)).isTrue();
	}

	@Test
	void eventMustNameEveryListedParty() {
		assertThat(parties("CHN").matches(signedByChinaAndRussia)).isTrue();
		assertThat(parties("CHN", "RUS").matches(signedByChinaAndRussia)).isTrue();
		assertThat(parties("RUS", "CHN").matches(signedByChinaAndRussia)).isTrue();
		assertThat(parties("CHN", "USA").matches(signedByChinaAndRussia)).isFalse();
		assertThat(parties("USA").matches(signedByChinaAndRussia)).isFalse();
	}

	@Test
	void partiesAreComparedInCanonicalForm() {
		MilestoneEvent withCompany = MilestoneEvents.event("agr-2", List.of("RUS", "org:Gazprom"), Milestone.SIGNED,
				MilestoneStatus.OCCURRED);
		assertThat(parties(" chn ", "rus").matches(signedByChinaAndRussia)).isTrue();
		assertThat(parties("ORG:gazprom").matches(withCompany)).isTrue();
		assertThat(parties("ORG:gazprom").parties()).containsExactly("org:gazprom");
	}

	@Test
	void milestonesAndStatusesMatchAnyListed() {
		SubscriptionFilter signedOrRatified = new SubscriptionFilter(List.of(), List.of(Milestone.SIGNED, Milestone.RATIFIED),
				List.of());
		SubscriptionFilter occurred = new SubscriptionFilter(List.of(), List.of(), List.of(MilestoneStatus.OCCURRED));
		assertThat(signedOrRatified.matches(signedByChinaAndRussia)).isTrue();
		assertThat(signedOrRatified.matches(MilestoneEvents.event("agr-1", List.of("CHN"), Milestone.TALKS,
				MilestoneStatus.OCCURRED))).isFalse();
		assertThat(occurred.matches(signedByChinaAndRussia)).isTrue();
		assertThat(occurred.matches(expectedSigning)).isFalse();
	}

	@Test
	void signingSubscribersAreNotAlertedByAnExpectedSigning() {
		SubscriptionFilter signings = new SubscriptionFilter(List.of("CHN", "RUS"), List.of(Milestone.SIGNED),
				List.of(MilestoneStatus.OCCURRED));
		assertThat(signings.matches(expectedSigning)).isFalse();
		assertThat(signings.matches(signedByChinaAndRussia)).isTrue();
	}

	@Test
	void duplicatesAreDropped() {
		SubscriptionFilter filter = new SubscriptionFilter(List.of("CHN", "chn"), List.of(Milestone.SIGNED, Milestone.SIGNED),
				List.of(MilestoneStatus.OCCURRED, MilestoneStatus.OCCURRED));
		assertThat(filter.parties()).containsExactly("CHN");
		assertThat(filter.milestones()).containsExactly(Milestone.SIGNED);
		assertThat(filter.statuses()).containsExactly(MilestoneStatus.OCCURRED);
	}

	private static SubscriptionFilter parties(String... parties) {
		return new SubscriptionFilter(List.of(parties), List.of(), List.of());
	}

}
