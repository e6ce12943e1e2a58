package io.pactwatch.extraction.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.pactwatch.extraction.pipeline.Hashes;
import io.pactwatch.schemas.Agreement;
import io.pactwatch.schemas.AgreementMilestone;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneMention;
import io.pactwatch.schemas.MilestoneStatus;
import io.pactwatch.schemas.PartialDate;

/**
 * The lifecycle of one agreement as a plain state machine: applying a mention returns the
 * agreement's next state and the milestone event it causes, if any. An event is a
 * transition: an agreement reaching a milestone for the first time, or a milestone's
 * status changing (a scheduled signing that took place, a reported signing denied), or an
 * expected date moving. A further report of the same step only adds support.
 *
 * <p>What is not news does not transition: background the article only recalls
 * ({@code HISTORICAL}), a step behind one the agreement has already passed (talks after
 * the signing), or an expectation of a step already reported done.
 */
public final class AgreementLifecycle {

	/** How far along the agreement's life each milestone lies; a reported step makes earlier ones old news. */
	private static final Map<Milestone, Integer> STAGE = Map.of(Milestone.TALKS, 0, Milestone.TALKS_BROKEN_OFF, 0,
			Milestone.AGREED, 1, Milestone.SIGNED, 2, Milestone.RATIFIED, 3, Milestone.IN_FORCE, 4, Milestone.EXTENDED,
			5, Milestone.SUSPENDED, 5, Milestone.TERMINATED, 6);

	private AgreementLifecycle() {
	}

	/**
	 * Applies one mention, read from an article seen at {@code at}, to the agreement.
	 * @return the agreement's next state and the event, if the mention is a transition
	 */
	public static Transition apply(Agreement agreement, MilestoneMention mention, Instant at) {
		Agreement next = Agreement.newBuilder(agreement).build();
		fillInDescription(next, mention, at);
		AgreementMilestone current = find(next, mention.getMilestone());
		Optional<String> reason = refusal(next, current, mention);
		if (reason.isPresent()) {
			if (current != null && mention.getStatus() == current.getStatus()) {
				addSupport(current, mention);
			}
			return new Transition(next, Optional.empty(), reason.get());
		}
		MilestoneEvent event = event(next, current, mention, at);
		record(next, current, event, at);
		next.setUpdatedAt(at);
		return new Transition(next, Optional.of(event), "transition");
	}

	/** Why the mention is not a transition, or empty if it is one. */
	private static Optional<String> refusal(Agreement agreement, AgreementMilestone current,
			MilestoneMention mention) {
		MilestoneStatus status = mention.getStatus();
		if (status == MilestoneStatus.HISTORICAL) {
			return Optional.of("background");
		}
		if (isBehindAReportedStep(agreement, mention.getMilestone())) {
			return Optional.of("superseded by a later step");
		}
		if (current == null) {
			return Optional.empty();
		}
		if (current.getStatus() == status) {
			boolean moved = status != MilestoneStatus.OCCURRED && datesConflict(current.getDate(), mention.getDate());
			return moved ? Optional.empty() : Optional.of("already known");
		}
		if (current.getStatus() == MilestoneStatus.OCCURRED && status == MilestoneStatus.EXPECTED) {
			return Optional.of("already reported done");
		}
		return Optional.empty();
	}

	private static boolean isBehindAReportedStep(Agreement agreement, Milestone milestone) {
		int stage = STAGE.get(milestone);
		return agreement.getMilestones()
			.stream()
			.anyMatch((reached) -> reached.getStatus() == MilestoneStatus.OCCURRED
					&& STAGE.get(reached.getMilestone()) > stage);
	}

	/**
	 * Two dates conflict when both are known and neither refines the other: "2017-10" and
	 * "2017-10-17" agree, "2017-10" and "2017-11" do not.
	 */
	static boolean datesConflict(PartialDate known, PartialDate reported) {
		if (known == null || reported == null) {
			return false;
		}
		String a = known.getValue();
		String b = reported.getValue();
		return !a.startsWith(b) && !b.startsWith(a);
	}

	private static MilestoneEvent event(Agreement agreement, AgreementMilestone current, MilestoneMention mention,
			Instant at) {
		String previousEventId = (current != null) ? current.getEventId() : "";
		return MilestoneEvent.newBuilder()
			// chained on the milestone's previous event so that a status that comes back gets a new id
			.setEventId("ev-" + Hashes.sha256(32, agreement.getAgreementId(), mention.getMilestone(),
					mention.getStatus(), dateValue(mention.getDate()), previousEventId))
			.setAgreementId(agreement.getAgreementId())
			.setParties(agreement.getParties())
			.setMilestone(mention.getMilestone())
			.setStatus(mention.getStatus())
			.setPreviousStatus((current != null) ? current.getStatus() : null)
			.setInstrument(agreement.getInstrument())
			.setDomain(agreement.getDomain())
			.setAgreementTitle(agreement.getTitle())
			.setDate(mention.getDate())
			.setPreviousDate((current != null) ? current.getDate() : null)
			.setTermStart(mention.getTermStart())
			.setTermEnd(mention.getTermEnd())
			.setEvidence(mention.getEvidence().getSentence())
			.setFirstSeenArticleId(mention.getArticleId())
			.setFirstSeenArticleUrl(mention.getArticleUrl())
			.setFirstSeenSource(mention.getArticleSource())
			.setSupportingArticleIds(List.of(mention.getArticleId()))
			.setConfidence(mention.getConfidence())
			.setOccurredAt(at)
			.build();
	}

	private static void record(Agreement agreement, AgreementMilestone current, MilestoneEvent event, Instant at) {
		AgreementMilestone reached = AgreementMilestone.newBuilder()
			.setMilestone(event.getMilestone())
			.setStatus(event.getStatus())
			.setDate(event.getDate())
			.setEventId(event.getEventId())
			.setFirstSeenArticleId(event.getFirstSeenArticleId())
			.setSupportingArticleIds(new ArrayList<>(event.getSupportingArticleIds()))
			.setConfidence(event.getConfidence())
			.setUpdatedAt(at)
			.build();
		List<AgreementMilestone> milestones = new ArrayList<>(agreement.getMilestones());
		milestones.remove(current);
		milestones.add(reached);
		agreement.setMilestones(milestones);
	}

	private static void addSupport(AgreementMilestone current, MilestoneMention mention) {
		if (!current.getSupportingArticleIds().contains(mention.getArticleId())) {
			List<String> supporting = new ArrayList<>(current.getSupportingArticleIds());
			supporting.add(mention.getArticleId());
			current.setSupportingArticleIds(supporting);
			current.setConfidence(Math.max(current.getConfidence(), mention.getConfidence()));
		}
	}

	/** News time of a mention: its article's publication, else when pactwatch saw it. */
	public static Instant reportedAt(MilestoneMention mention, Instant seenAt) {
		return (mention.getArticlePublishedAt() != null) ? mention.getArticlePublishedAt() : seenAt;
	}

	/**
	 * The first article to name the agreement's title, domain or instrument sets it; the
	 * latest report's time is kept to tell later reports of the same deal from a new one.
	 */
	private static void fillInDescription(Agreement agreement, MilestoneMention mention, Instant at) {
		Instant reportedAt = reportedAt(mention, at);
		if (agreement.getLastReportedAt() == null || reportedAt.isAfter(agreement.getLastReportedAt())) {
			agreement.setLastReportedAt(reportedAt);
		}
		if (agreement.getTitle() == null) {
			agreement.setTitle(mention.getAgreementTitle());
		}
		if (agreement.getDomain() == null) {
			agreement.setDomain(mention.getDomain());
		}
		if (agreement.getInstrument() == null) {
			agreement.setInstrument(mention.getInstrument());
		}
	}

	private static AgreementMilestone find(Agreement agreement, Milestone milestone) {
		return agreement.getMilestones()
			.stream()
			.filter((reached) -> reached.getMilestone() == milestone)
			.findFirst()
			.orElse(null);
	}

	private static String dateValue(PartialDate date) {
		return (date != null) ? date.getValue() : "";
	}

	/**
	 * The outcome of applying one mention.
	 * @param agreement the agreement's next state
	 * @param event the transition's event, empty when the mention only adds support or is not news
	 * @param reason why: {@code transition}, or why not
	 */
	public record Transition(Agreement agreement, Optional<MilestoneEvent> event, String reason) {
	}

}
