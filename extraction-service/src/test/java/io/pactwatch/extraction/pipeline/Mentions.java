package io.pactwatch.extraction.pipeline;

import java.time.Instant;
import java.util.List;

import io.pactwatch.schemas.DatePrecision;
import io.pactwatch.schemas.Domain;
import io.pactwatch.schemas.Evidence;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneMention;
import io.pactwatch.schemas.MilestoneStatus;
import io.pactwatch.schemas.PartialDate;

/** Mentions as the extractor would produce them, for lifecycle and topology tests. */
public final class Mentions {

	private Mentions() {
	}

	public static MilestoneMention mention(String articleId, Milestone milestone, MilestoneStatus status,
			Domain domain, String date, String... parties) {
		return MilestoneMention.newBuilder()
			.setMentionId("mn-" + articleId + "-" + milestone + "-" + status)
			.setAgreementId("")
			.setParties(List.of(parties))
			.setMilestone(milestone)
			.setStatus(status)
			.setDomain(domain)
			.setDate((date != null) ? new PartialDate(date, precision(date)) : null)
			.setEvidence(new Evidence("Evidence for " + milestone + " in " + articleId + ".", 0, 20))
			.setConfidence(0.8)
			.setArticleId(articleId)
			.setArticleSource("Example Wire")
			.setArticlePublishedAt(Instant.parse("2017-10-10T12:00:00Z"))
			.setExtractorVersion("test")
			.build();
	}

	private static DatePrecision precision(String date) {
		return switch (date.length()) {
			case 4 -> DatePrecision.YEAR;
			case 7 -> DatePrecision.MONTH;
			default -> DatePrecision.DAY;
		};
	}

}
