package io.pactwatch.extraction.extractor;

import java.util.List;

import io.pactwatch.schemas.Domain;
import io.pactwatch.schemas.Instrument;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneStatus;

/**
 * One milestone of one agreement read from one article.
 *
 * @param parties canonical party codes (eval/EVAL.md), sorted, without duplicates
 * @param partySurfaceForms the words the text used for those parties
 * @param milestone the milestone
 * @param status what the text asserts about it
 * @param instrument the instrument, or {@code null}
 * @param domain the domain, or {@code null}
 * @param agreementTitle the agreement's title or topic as written, or {@code null}
 * @param date when it happened or is expected, or {@code null}
 * @param termStart start of the agreement's term, or {@code null}
 * @param termEnd end of the agreement's term, or {@code null}
 * @param areasOfCooperation areas the agreement covers, possibly empty
 * @param evidence the first sentence stating the milestone
 * @param evidenceStart offset of that sentence in the article body
 * @param evidenceEnd offset just past it
 * @param confidence 0..1
 */
public record ExtractedMilestone(List<String> parties, List<String> partySurfaceForms, Milestone milestone,
		MilestoneStatus status, Instrument instrument, Domain domain, String agreementTitle, DateValue date,
		DateValue termStart, DateValue termEnd, List<String> areasOfCooperation, String evidence, int evidenceStart,
		int evidenceEnd, double confidence) {

	public ExtractedMilestone {
		parties = List.copyOf(parties);
		partySurfaceForms = List.copyOf(partySurfaceForms);
		areasOfCooperation = List.copyOf(areasOfCooperation);
	}

}
