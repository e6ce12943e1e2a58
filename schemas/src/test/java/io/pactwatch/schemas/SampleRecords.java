package io.pactwatch.schemas;

import java.time.Instant;
import java.util.List;

final class SampleRecords {

	static final Instant PUBLISHED = Instant.parse("2017-10-05T09:30:00Z");

	private SampleRecords() {
	}

	static Article article() {
		return Article.newBuilder()
			.setId("a-1")
			.setSource("Example Wire")
			.setUrl("https://news.example/space-pact")
			.setTitle("Two states sign space pact")
			.setBody("The two states signed a space cooperation agreement on Thursday.")
			.setLanguage("en")
			.setPublishedAt(PUBLISHED)
			.setReceivedAt(PUBLISHED.plusSeconds(60))
			.setContentHash("00ff")
			.setSources(List.of(new ArticleSource("Example Wire", "https://news.example/space-pact",
					"Two states sign space pact", PUBLISHED.toEpochMilli()),
					new ArticleSource("Other Daily", "https://other.example/pact", "Space pact signed", null)))
			.build();
	}

	static MilestoneMention mention() {
		return MilestoneMention.newBuilder()
			.setMentionId("m-1")
			.setAgreementId("ag-1")
			.setParties(List.of("CHN", "RUS"))
			.setPartySurfaceForms(List.of("China", "Russia"))
			.setMilestone(Milestone.SIGNED)
			.setStatus(MilestoneStatus.OCCURRED)
			.setInstrument(Instrument.AGREEMENT)
			.setDomain(Domain.SPACE)
			.setAgreementTitle("space cooperation agreement")
			.setDate(month("2017-10"))
			.setTermStart(new PartialDate("2018", DatePrecision.YEAR))
			.setTermEnd(new PartialDate("2022", DatePrecision.YEAR))
			.setAreasOfCooperation(List.of("lunar exploration"))
			.setEvidence(new Evidence("The two states signed a space cooperation agreement on Thursday.", 0, 64))
			.setConfidence(0.9)
			.setArticleId("a-1")
			.setArticleUrl("https://news.example/space-pact")
			.setArticleSource("Example Wire")
			.setArticlePublishedAt(PUBLISHED)
			.setExtractorVersion("test")
			.build();
	}

	static MilestoneEvent event() {
		return MilestoneEvent.newBuilder()
			.setEventId("e-1")
			.setAgreementId("ag-1")
			.setParties(List.of("CHN", "RUS"))
			.setMilestone(Milestone.SIGNED)
			.setStatus(MilestoneStatus.OCCURRED)
			.setPreviousStatus(MilestoneStatus.EXPECTED)
			.setDomain(Domain.SPACE)
			.setDate(month("2017-10"))
			.setPreviousDate(month("2017-10"))
			.setEvidence("The two states signed a space cooperation agreement on Thursday.")
			.setFirstSeenArticleId("a-1")
			.setSupportingArticleIds(List.of("a-1"))
			.setConfidence(0.9)
			.setOccurredAt(PUBLISHED)
			.build();
	}

	static Agreement agreement() {
		AgreementMilestone signed = AgreementMilestone.newBuilder()
			.setMilestone(Milestone.SIGNED)
			.setStatus(MilestoneStatus.OCCURRED)
			.setDate(month("2017-10"))
			.setEventId("e-1")
			.setFirstSeenArticleId("a-1")
			.setSupportingArticleIds(List.of("a-1", "a-2"))
			.setConfidence(0.9)
			.setUpdatedAt(PUBLISHED)
			.build();
		return Agreement.newBuilder()
			.setAgreementId("ag-1")
			.setParties(List.of("CHN", "RUS"))
			.setTitle("space cooperation agreement")
			.setDomain(Domain.SPACE)
			.setMilestones(List.of(signed))
			.setUpdatedAt(PUBLISHED)
			.build();
	}

	private static PartialDate month(String value) {
		return new PartialDate(value, DatePrecision.MONTH);
	}

}
