package io.pactwatch.extraction.extractor;

import java.util.List;

import io.pactwatch.extraction.extractor.party.PartyChoice;
import io.pactwatch.schemas.Domain;
import io.pactwatch.schemas.Instrument;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneStatus;

/**
 * One milestone mention read from one sentence, before the mentions of an article are merged
 * into one result per agreement, milestone and status. {@code plannedBefore}: an expectation
 * reported in the past ("had agreed to extend"), stale once the article reports the event.
 * {@code denial}: negated because someone denied it ("denied a report that Japan will end the
 * pact"), which answers the report of the same milestone as expected.
 */
record MilestoneCandidate(Milestone milestone, MilestoneStatus status, PartyChoice parties, Instrument instrument,
		Domain domain, String agreementTitle, DateValue date, int sentenceIndex, String evidence, int evidenceStart,
		int evidenceEnd, double confidence, boolean plannedBefore, boolean denial) {

	MilestoneCandidate withStatus(MilestoneStatus newStatus) {
		return new MilestoneCandidate(this.milestone, newStatus, this.parties, this.instrument, this.domain,
				this.agreementTitle, this.date, this.sentenceIndex, this.evidence, this.evidenceStart, this.evidenceEnd,
				this.confidence, this.plannedBefore, this.denial);
	}

	/**
	 * This mention completed by a later one about the same milestone; the later one's parties
	 * win when named more directly, or when they name more ("Kenya signed" then "the Kenya Ports
	 * Authority signed with Unimar").
	 */
	MilestoneCandidate mergedWith(MilestoneCandidate later) {
		PartyChoice p = (later.parties.source().compareTo(this.parties.source()) < 0
				|| later.parties.source() == this.parties.source()
						&& later.parties.codes().size() == this.parties.codes().size() + 1
						&& later.parties.codes().containsAll(this.parties.codes())) ? later.parties : this.parties;
		return new MilestoneCandidate(this.milestone, this.status, p,
				(this.instrument != null) ? this.instrument : later.instrument,
				(this.domain != null && this.domain != Domain.OTHER) ? this.domain : later.domain,
				(this.agreementTitle != null) ? this.agreementTitle : later.agreementTitle,
				(this.date != null) ? this.date : later.date, this.sentenceIndex, this.evidence, this.evidenceStart,
				this.evidenceEnd, Math.max(this.confidence, later.confidence), this.plannedBefore && later.plannedBefore,
				this.denial || later.denial);
	}

	/**
	 * Whether two mentions may be about the same agreement: their parties overlap, or one of
	 * them names none of its own (its parties were only inferred from the article).
	 */
	boolean sameAgreementAs(MilestoneCandidate other) {
		List<String> a = this.parties.codes();
		List<String> b = other.parties.codes();
		if (a.isEmpty() || b.isEmpty() || this.parties.source() != PartyChoice.Source.NAMED
				|| other.parties.source() != PartyChoice.Source.NAMED) {
			return true;
		}
		if (a.size() < 2 || b.size() < 2) {
			return true; // a one-sided mention is most likely the same agreement seen from one party
		}
		for (String code : a) {
			if (b.contains(code)) {
				return true;
			}
		}
		return false;
	}

	boolean is(Milestone m, MilestoneStatus s) {
		return this.milestone == m && this.status == s;
	}

}
