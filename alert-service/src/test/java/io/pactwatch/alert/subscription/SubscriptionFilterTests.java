package io.pactwatch.alert.subscription;

import java.util.List;

import io.pactwatch.alert.support.MilestoneEvents;
import io.pactwatch.schemas.Domain;
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

	@Test
	void anyOfThePartiesIsEnoughInAnyMode() {
		SubscriptionFilter anyOf = new SubscriptionFilter(List.of("USA", "RUS"), PartiesMatch.ANY, List.of(), List.of(),
				List.of(), null, List.of());
		SubscriptionFilter noneNamed = new SubscriptionFilter(List.of("USA", "FRA"), PartiesMatch.ANY, List.of(),
				List.of(), List.of(), null, List.of());
		assertThat(anyOf.matches(signedByChinaAndRussia)).isTrue();
		assertThat(noneNamed.matches(signedByChinaAndRussia)).isFalse();
	}

	@Test
	void domainsAndMinimumConfidenceNarrowTheMatch() {
		// the test event: domain SPACE, confidence 0.87
		assertThat(filter(List.of(Domain.SPACE, Domain.TRADE), null, List.of()).matches(signedByChinaAndRussia)).isTrue();
		assertThat(filter(List.of(Domain.ENERGY), null, List.of()).matches(signedByChinaAndRussia)).isFalse();
		assertThat(filter(List.of(), 0.87, List.of()).matches(signedByChinaAndRussia)).isTrue();
		assertThat(filter(List.of(), 0.9, List.of()).matches(signedByChinaAndRussia)).isFalse();
		MilestoneEvent withoutDomain = MilestoneEvents.event("agr-3", List.of("CHN"), Milestone.SIGNED,
				MilestoneStatus.OCCURRED);
		withoutDomain.setDomain(null);
		assertThat(filter(List.of(Domain.SPACE), null, List.of()).matches(withoutDomain)).isFalse();
	}

	@Test
	void keywordsMatchWholeWordsOfTheTitleIgnoringCaseAndPunctuation() {
		// the test event's title: "space cooperation pact"
		assertThat(filter(List.of(), null, List.of("SPACE")).matches(signedByChinaAndRussia)).isTrue();
		assertThat(filter(List.of(), null, List.of("oil", "Cooperation-Pact")).matches(signedByChinaAndRussia)).isTrue();
		assertThat(filter(List.of(), null, List.of("spac")).matches(signedByChinaAndRussia)).isFalse();
		assertThat(filter(List.of(), null, List.of("pact space")).matches(signedByChinaAndRussia)).isFalse();
		MilestoneEvent untitled = MilestoneEvents.event("agr-4", List.of("CHN"), Milestone.SIGNED, MilestoneStatus.OCCURRED);
		untitled.setAgreementTitle(null);
		assertThat(filter(List.of(), null, List.of("space")).matches(untitled)).isFalse();
	}

	private static SubscriptionFilter filter(List<Domain> domains, Double minConfidence, List<String> keywords) {
		return new SubscriptionFilter(List.of(), PartiesMatch.ALL, List.of(), List.of(), domains, minConfidence, keywords);
	}

	private static SubscriptionFilter parties(String... parties) {
		return new SubscriptionFilter(List.of(parties), List.of(), List.of());
	}

}
