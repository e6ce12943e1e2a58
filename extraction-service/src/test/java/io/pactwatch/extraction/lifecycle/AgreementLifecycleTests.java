package io.pactwatch.extraction.lifecycle;

import java.time.Instant;
import java.util.List;

import io.pactwatch.extraction.lifecycle.AgreementLifecycle.Transition;
import io.pactwatch.schemas.Agreement;
import io.pactwatch.schemas.Domain;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneMention;
import io.pactwatch.schemas.PartialDate;
import io.pactwatch.schemas.DatePrecision;
import org.junit.jupiter.api.Test;

import static io.pactwatch.extraction.pipeline.Mentions.mention;
import static io.pactwatch.schemas.Milestone.AGREED;
import static io.pactwatch.schemas.Milestone.RATIFIED;
import static io.pactwatch.schemas.Milestone.SIGNED;
import static io.pactwatch.schemas.Milestone.TALKS;
import static io.pactwatch.schemas.MilestoneStatus.EXPECTED;
import static io.pactwatch.schemas.MilestoneStatus.HISTORICAL;
import static io.pactwatch.schemas.MilestoneStatus.NEGATED;
import static io.pactwatch.schemas.MilestoneStatus.OCCURRED;
import static org.assertj.core.api.Assertions.assertThat;

class AgreementLifecycleTests {

	private static final Instant T0 = Instant.parse("2017-09-22T10:00:00Z");

	private Agreement agreement = Agreement.newBuilder()
		.setAgreementId("ag-1")
		.setParties(List.of("CHN", "RUS"))
		.setUpdatedAt(T0)
		.build();

	@Test
	void aScheduledSigningIsAnEventOfItsOwn() {
		MilestoneEvent event = applyExpectingEvent(mention("a1", SIGNED, EXPECTED, Domain.SPACE, "2017-10", "CHN", "RUS"));

		assertThat(event.getMilestone()).isEqualTo(SIGNED);
		assertThat(event.getStatus()).isEqualTo(EXPECTED);
		assertThat(event.getPreviousStatus()).isNull();
		assertThat(event.getDate().getValue()).isEqualTo("2017-10");
		assertThat(event.getAgreementId()).isEqualTo("ag-1");
		assertThat(event.getParties()).containsExactly("CHN", "RUS");
		assertThat(event.getFirstSeenArticleId()).isEqualTo("a1");
		assertThat(this.agreement.getDomain()).as("the first report describes the agreement").isEqualTo(Domain.SPACE);
	}

	@Test
	void theSigningTakingPlaceMovesTheMilestoneFromExpectedToOccurred() {
		applyExpectingEvent(mention("a1", SIGNED, EXPECTED, Domain.SPACE, "2017-10", "CHN", "RUS"));

		MilestoneEvent signed = applyExpectingEvent(
				mention("a2", SIGNED, OCCURRED, Domain.SPACE, "2017-10-10", "CHN", "RUS"));

		assertThat(signed.getStatus()).isEqualTo(OCCURRED);
		assertThat(signed.getPreviousStatus()).isEqualTo(EXPECTED);
		assertThat(signed.getPreviousDate().getValue()).isEqualTo("2017-10");
		assertThat(this.agreement.getMilestones()).singleElement()
			.satisfies((milestone) -> assertThat(milestone.getStatus()).isEqualTo(OCCURRED));
	}

	@Test
	void aSecondReportOfTheSameSigningOnlyAddsSupport() {
		applyExpectingEvent(mention("a2", SIGNED, OCCURRED, Domain.SPACE, "2017-10-10", "CHN", "RUS"));

		applyExpectingNoEvent(mention("a3", SIGNED, OCCURRED, Domain.SPACE, "2017-10", "CHN", "RUS"), "already known");
		applyExpectingNoEvent(mention("a4", SIGNED, OCCURRED, Domain.SPACE, null, "CHN", "RUS"), "already known");

		assertThat(this.agreement.getMilestones().get(0).getSupportingArticleIds()).containsExactly("a2", "a3", "a4");
	}

	@Test
	void aLaterExpectationOfASigningAlreadyReportedIsNotNews() {
		applyExpectingEvent(mention("a2", SIGNED, OCCURRED, Domain.SPACE, "2017-10-10", "CHN", "RUS"));

		applyExpectingNoEvent(mention("a1", SIGNED, EXPECTED, Domain.SPACE, "2017-10", "CHN", "RUS"),
				"already reported done");
	}

	@Test
	void talksAfterTheSigningAreOldNews() {
		applyExpectingEvent(mention("a2", SIGNED, OCCURRED, Domain.SPACE, null, "CHN", "RUS"));

		applyExpectingNoEvent(mention("a3", TALKS, OCCURRED, Domain.SPACE, null, "CHN", "RUS"),
				"superseded by a later step");
		applyExpectingNoEvent(mention("a3", AGREED, OCCURRED, Domain.SPACE, null, "CHN", "RUS"),
				"superseded by a later step");
	}

	@Test
	void aLaterStepAfterTheSigningIsNews() {
		applyExpectingEvent(mention("a2", SIGNED, OCCURRED, Domain.SPACE, null, "CHN", "RUS"));

		assertThat(applyExpectingEvent(mention("a5", RATIFIED, EXPECTED, Domain.SPACE, null, "CHN", "RUS"))
			.getMilestone()).isEqualTo(RATIFIED);
	}

	@Test
	void backgroundTheArticleOnlyRecallsIsNeverAnEvent() {
		applyExpectingNoEvent(mention("a1", TALKS, HISTORICAL, Domain.SPACE, "2017-06", "CHN", "RUS"), "background");

		assertThat(this.agreement.getMilestones()).isEmpty();
	}

	@Test
	void aPostponedSigningIsANewEventWithThePreviousDate() {
		applyExpectingEvent(mention("a1", SIGNED, EXPECTED, Domain.SPACE, "2017-10", "CHN", "RUS"));

		MilestoneEvent postponed = applyExpectingEvent(
				mention("a6", SIGNED, EXPECTED, Domain.SPACE, "2017-12", "CHN", "RUS"));

		assertThat(postponed.getPreviousStatus()).isEqualTo(EXPECTED);
		assertThat(postponed.getPreviousDate().getValue()).isEqualTo("2017-10");
		assertThat(postponed.getDate().getValue()).isEqualTo("2017-12");
	}

	@Test
	void aMorePreciseDateForTheSameExpectationIsNotAMove() {
		applyExpectingEvent(mention("a1", SIGNED, EXPECTED, Domain.SPACE, "2017-10", "CHN", "RUS"));

		applyExpectingNoEvent(mention("a7", SIGNED, EXPECTED, Domain.SPACE, "2017-10-17", "CHN", "RUS"),
				"already known");
	}

	@Test
	void aDeniedSigningIsAnEventAndSoIsItsReturn() {
		MilestoneEvent expected = applyExpectingEvent(mention("a1", SIGNED, EXPECTED, Domain.SPACE, null, "CHN", "RUS"));
		MilestoneEvent denied = applyExpectingEvent(mention("a8", SIGNED, NEGATED, Domain.SPACE, null, "CHN", "RUS"));
		MilestoneEvent expectedAgain = applyExpectingEvent(
				mention("a9", SIGNED, EXPECTED, Domain.SPACE, null, "CHN", "RUS"));

		assertThat(denied.getPreviousStatus()).isEqualTo(EXPECTED);
		assertThat(expectedAgain.getPreviousStatus()).isEqualTo(NEGATED);
		assertThat(expectedAgain.getEventId()).as("a status that comes back is a new event")
			.isNotEqualTo(expected.getEventId());
	}

	@Test
	void eventIdsAreDeterministic() {
		MilestoneMention mention = mention("a1", SIGNED, EXPECTED, Domain.SPACE, "2017-10", "CHN", "RUS");

		Transition first = AgreementLifecycle.apply(this.agreement, mention, T0);
		Transition replayed = AgreementLifecycle.apply(this.agreement, mention, T0.plusSeconds(60));

		assertThat(first.event().orElseThrow().getEventId()).isEqualTo(replayed.event().orElseThrow().getEventId());
	}

	@Test
	void applyingDoesNotChangeTheStateItWasGiven() {
		Agreement before = Agreement.newBuilder(this.agreement).build();

		AgreementLifecycle.apply(this.agreement, mention("a1", SIGNED, EXPECTED, Domain.SPACE, null, "CHN", "RUS"), T0);

		assertThat(this.agreement).isEqualTo(before);
	}

	@Test
	void datesConflictOnlyWhenNeitherRefinesTheOther() {
		assertThat(AgreementLifecycle.datesConflict(date("2017-10"), date("2017-10-17"))).isFalse();
		assertThat(AgreementLifecycle.datesConflict(date("2017-10-17"), date("2017"))).isFalse();
		assertThat(AgreementLifecycle.datesConflict(date("2017-10"), date("2017-11"))).isTrue();
		assertThat(AgreementLifecycle.datesConflict(null, date("2017-11"))).isFalse();
	}

	private static PartialDate date(String value) {
		return new PartialDate(value, DatePrecision.MONTH);
	}

	private MilestoneEvent applyExpectingEvent(MilestoneMention mention) {
		Transition transition = AgreementLifecycle.apply(this.agreement, mention, T0);
		assertThat(transition.event()).as("event for %s", mention.getMentionId()).isPresent();
		this.agreement = transition.agreement();
		return transition.event().get();
	}

	private void applyExpectingNoEvent(MilestoneMention mention, String reason) {
		Transition transition = AgreementLifecycle.apply(this.agreement, mention, T0);
		assertThat(transition.event()).as("event for %s", mention.getMentionId()).isEmpty();
		assertThat(transition.reason()).isEqualTo(reason);
		this.agreement = transition.agreement();
	}

}
