package io.pactwatch.extraction.extractor;

import java.util.ArrayList;
import java.util.List;

import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneStatus;

/**
 * Turns an article's mentions into one result per agreement, milestone and status, following
 * eval/EVAL.md: repeated mentions merge (the first sentence is the evidence); a signing reported
 * as done subsumes the agreement and the talks that led to it; an agreement reached subsumes
 * its talks unless they also failed on something; a signed extension is an extension; a breakdown
 * subsumes the failure to agree it reports; a denial answers the report it denies.
 */
final class MilestoneConsolidator {

	List<MilestoneCandidate> consolidate(List<MilestoneCandidate> candidates) {
		List<MilestoneCandidate> withoutSignedExtensions = new ArrayList<>();
		for (MilestoneCandidate c : candidates) {
			boolean extensionSigned = c.milestone() == Milestone.SIGNED && candidates.stream()
				.anyMatch(o -> o.sentenceIndex() == c.sentenceIndex() && o.milestone() == Milestone.EXTENDED
						&& o.status() == c.status());
			if (!extensionSigned) {
				withoutSignedExtensions.add(c);
			}
		}
		List<MilestoneCandidate> merged = new ArrayList<>();
		for (MilestoneCandidate c : withoutSignedExtensions) {
			int same = -1;
			for (int i = 0; i < merged.size() && same < 0; i++) {
				MilestoneCandidate m = merged.get(i);
				if (m.milestone() == c.milestone() && m.status() == c.status() && m.sameAgreementAs(c)) {
					same = i;
				}
			}
			if (same >= 0) {
				merged.set(same, merged.get(same).mergedWith(c));
			}
			else {
				merged.add(c);
			}
		}
		return subsume(merged);
	}

	private static List<MilestoneCandidate> subsume(List<MilestoneCandidate> merged) {
		List<MilestoneCandidate> kept = new ArrayList<>();
		for (MilestoneCandidate c : merged) {
			if (!isSubsumed(c, merged)) {
				kept.add(c);
			}
		}
		return kept;
	}

	private static boolean isSubsumed(MilestoneCandidate c, List<MilestoneCandidate> all) {
		boolean failedSomewhere = all.stream()
			.anyMatch(o -> o.is(Milestone.AGREED, MilestoneStatus.NEGATED) && o.sameAgreementAs(c));
		for (MilestoneCandidate o : all) {
			if (o == c || !o.sameAgreementAs(c)) {
				continue;
			}
			boolean signed = o.is(Milestone.SIGNED, MilestoneStatus.OCCURRED)
					|| o.is(Milestone.EXTENDED, MilestoneStatus.OCCURRED);
			if (signed && (c.is(Milestone.AGREED, MilestoneStatus.OCCURRED)
					|| c.is(Milestone.TALKS, MilestoneStatus.OCCURRED))) {
				return true;
			}
			if (o.is(Milestone.AGREED, MilestoneStatus.OCCURRED) && c.is(Milestone.TALKS, MilestoneStatus.OCCURRED)
					&& !failedSomewhere) {
				return true;
			}
			if (o.is(Milestone.TALKS_BROKEN_OFF, MilestoneStatus.OCCURRED)
					&& c.is(Milestone.TALKS, MilestoneStatus.OCCURRED)) {
				return true;
			}
			if (o.is(Milestone.TALKS_BROKEN_OFF, MilestoneStatus.OCCURRED)
					&& c.is(Milestone.AGREED, MilestoneStatus.NEGATED) && o.sentenceIndex() == c.sentenceIndex()) {
				return true; // "the meeting failed to agree": the breakdown says it all
			}
			if (o.denial() && o.milestone() == c.milestone() && c.status() == MilestoneStatus.EXPECTED) {
				return true; // "denied a report that Japan will end the pact": the report is answered
			}
			if (c.status() == MilestoneStatus.EXPECTED && c.plannedBefore() && o.milestone() == c.milestone()
					&& o.status() == MilestoneStatus.OCCURRED) {
				return true; // "had agreed to extend the pact" in an article reporting the extension
			}
		}
		return false;
	}

}
