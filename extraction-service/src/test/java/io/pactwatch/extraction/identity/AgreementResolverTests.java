package io.pactwatch.extraction.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.pactwatch.extraction.lifecycle.AgreementLifecycle;
import io.pactwatch.schemas.Agreement;
import io.pactwatch.schemas.Domain;
import io.pactwatch.schemas.MilestoneMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

import static io.pactwatch.extraction.pipeline.Mentions.mention;
import static io.pactwatch.schemas.Milestone.RATIFIED;
import static io.pactwatch.schemas.Milestone.SIGNED;
import static io.pactwatch.schemas.MilestoneStatus.HISTORICAL;
import static io.pactwatch.schemas.MilestoneStatus.OCCURRED;
import static org.assertj.core.api.Assertions.assertThat;

class AgreementResolverTests {

	private static final Duration WINDOW = Duration.ofDays(30);

	/** The publication time the test mentions carry. */
	private static final Instant NEWS = Instant.parse("2017-10-10T12:00:00Z");

	@Test
	void partyKeyIgnoresOrder() {
		assertThat(AgreementResolver.partyKey(List.of("RUS", "CHN"))).isEqualTo("CHN+RUS")
			.isEqualTo(AgreementResolver.partyKey(List.of("CHN", "RUS")));
	}

	@Test
	void theFirstMentionFoundsANewAgreementWithAStableId() {
		Agreement first = resolve(List.of(), signed(Domain.SPACE));
		Agreement again = resolve(List.of(), signed(Domain.SPACE));

		assertThat(first.getAgreementId()).startsWith("ag-").isEqualTo(again.getAgreementId());
		assertThat(first.getParties()).containsExactly("CHN", "RUS");
		assertThat(first.getDomain()).isEqualTo(Domain.SPACE);
		assertThat(first.getLastReportedAt()).isEqualTo(NEWS);
	}

	@Test
	void theSameDomainJoinsTheKnownAgreement() {
		Agreement space = agreement("ag-space", Domain.SPACE, NEWS.minus(Duration.ofDays(10)));
		Agreement gas = agreement("ag-gas", Domain.ENERGY, NEWS);

		assertThat(resolve(List.of(gas, space), signed(Domain.SPACE))).isSameAs(space);
	}

	@Test
	void aStepForwardLongAfterInTheSameDomainStillJoinsTheAgreement() {
		Agreement space = signedLongAgo();

		assertThat(resolve(List.of(space), mention("a9", RATIFIED, OCCURRED, Domain.SPACE, null, "CHN", "RUS")))
			.isSameAs(space);
	}

	@Test
	void aRecallLongAfterInTheSameDomainJoinsTheAgreement() {
		Agreement space = signedLongAgo();

		assertThat(resolve(List.of(space), mention("a9", SIGNED, HISTORICAL, Domain.SPACE, null, "CHN", "RUS")))
			.isSameAs(space);
	}

	@Test
	void anotherSigningLongAfterInTheSameDomainIsANewAgreement() {
		Agreement space = signedLongAgo();

		assertThat(resolve(List.of(space), signed(Domain.SPACE)).getAgreementId()).isNotEqualTo("ag-space");
	}

	@Test
	void anotherDomainReportedAtTheSameTimeIsTakenForTheSameDeal() {
		Agreement fisheries = agreement("ag-fish", Domain.ENVIRONMENT, NEWS.minus(Duration.ofHours(4)));

		assertThat(resolve(List.of(fisheries), signed(Domain.COMMODITY))).isSameAs(fisheries);
	}

	@Test
	void anotherDomainLongAfterIsAnotherAgreement() {
		Agreement space = agreement("ag-space", Domain.SPACE, NEWS.minus(Duration.ofDays(90)));

		assertThat(resolve(List.of(space), signed(Domain.ENERGY)).getAgreementId()).isNotEqualTo("ag-space");
	}

	@Test
	void aMentionWithoutDomainJoinsTheAgreementReportedClosestInTime() {
		Agreement older = agreement("ag-older", Domain.ENERGY, NEWS.minus(Duration.ofDays(20)));
		Agreement closer = agreement("ag-closer", Domain.SPACE, NEWS.minus(Duration.ofDays(2)));

		assertThat(resolve(List.of(older, closer), signed(null))).isSameAs(closer);
	}

	@Test
	void aMentionWithoutDomainLongAfterFoundsANewAgreement() {
		Agreement old = agreement("ag-old", Domain.SPACE, NEWS.minus(Duration.ofDays(365)));

		assertThat(resolve(List.of(old), signed(null)).getAgreementId()).isNotEqualTo("ag-old");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			GEO+RUS     | FRA+GEO+RUS | true
			FRA+GEO+RUS | GEO+RUS     | true
			GEO+RUS     | GEO+RUS     | false
			GEO+RUS     | GEO+UKR     | false
			GEO         | GEO+RUS     | false
			GEO+RUS     | FRA+GEO     | false
			""")
	void overlappingPartySetsContainOneAnotherAndShareTwoParties(String agreed, String mentioned, boolean overlaps) {
		assertThat(AgreementResolver.overlaps(List.of(agreed.split("\\+")), List.of(mentioned.split("\\+"))))
			.isEqualTo(overlaps);
	}

	@Test
	void noAgreementBetweenExactlyTheMentionsPartiesJoinsARecentOneBetweenMoreOfThem() {
		Agreement withMediator = agreement("ag-ceasefire", Domain.PEACE, NEWS.minus(Duration.ofDays(1)));
		withMediator.setParties(List.of("FRA", "GEO", "RUS"));
		MilestoneMention withoutMediator = mention("a3", SIGNED, OCCURRED, Domain.PEACE, null, "GEO", "RUS");

		assertThat(AgreementResolver.resolve(List.of(), List.of(withMediator), withoutMediator, NEWS, WINDOW))
			.isSameAs(withMediator);
	}

	@Test
	void anAgreementBetweenExactlyTheMentionsPartiesComesFirst() {
		Agreement exact = agreement("ag-exact", Domain.PEACE, NEWS.minus(Duration.ofDays(3)));
		Agreement wider = agreement("ag-wider", Domain.PEACE, NEWS.minus(Duration.ofDays(1)));
		wider.setParties(List.of("CHN", "FRA", "RUS"));

		assertThat(AgreementResolver.resolve(List.of(exact), List.of(wider), signed(Domain.PEACE), NEWS, WINDOW))
			.isSameAs(exact);
	}

	@Test
	void anOverlappingAgreementOutOfTheNewsLongerThanTheWindowIsAnother() {
		Agreement old = agreement("ag-old", Domain.PEACE, NEWS.minus(Duration.ofDays(90)));
		old.setParties(List.of("CHN", "FRA", "RUS"));

		assertThat(AgreementResolver.resolve(List.of(), List.of(old), signed(Domain.PEACE), NEWS, WINDOW)
			.getAgreementId()).isNotEqualTo("ag-old");
	}

	private static Agreement resolve(List<Agreement> known, MilestoneMention mention) {
		return AgreementResolver.resolve(known, mention, NEWS.plusSeconds(60), WINDOW);
	}

	private static MilestoneMention signed(Domain domain) {
		return mention("a2", SIGNED, OCCURRED, domain, null, "RUS", "CHN");
	}

	/** A space agreement signed, and last in the news, three years before the mentions. */
	private static Agreement signedLongAgo() {
		Instant then = NEWS.minus(Duration.ofDays(3 * 365));
		MilestoneMention signing = mention("a1", SIGNED, OCCURRED, Domain.SPACE, null, "CHN", "RUS");
		signing.setArticlePublishedAt(then);
		return AgreementLifecycle.apply(agreement("ag-space", Domain.SPACE, then), signing, then).agreement();
	}

	private static Agreement agreement(String id, Domain domain, Instant lastReportedAt) {
		return Agreement.newBuilder()
			.setAgreementId(id)
			.setParties(List.of("CHN", "RUS"))
			.setDomain(domain)
			.setUpdatedAt(lastReportedAt)
			.setLastReportedAt(lastReportedAt)
			.build();
	}

}
