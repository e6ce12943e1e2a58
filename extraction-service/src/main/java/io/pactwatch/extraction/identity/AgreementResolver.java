package io.pactwatch.extraction.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.pactwatch.extraction.lifecycle.AgreementLifecycle;
import io.pactwatch.extraction.pipeline.Hashes;
import io.pactwatch.schemas.Agreement;
import io.pactwatch.schemas.MilestoneMention;
import io.pactwatch.schemas.MilestoneStatus;

/**
 * Decides which agreement a mention speaks of, among the agreements already known
 * between the same parties, so that reports from different articles and outlets join one
 * agreement and its lifecycle is one timeline.
 *
 * <p>The domain tells agreements between the same parties apart (a space pact and a gas
 * deal), but two outlets may describe one deal in words that fall in different domains
 * (a "fisheries agreement" and a "deal on fishing quotas"). So a mention joins, in this
 * order: the parties' agreement in the same domain; else the parties' agreement reported
 * on closest in time, if within the window (news of one deal arrives within days);
 * else it founds a new agreement.
 *
 * <p>Long after an agreement was last in the news, a report in the same domain belongs to
 * it only if it carries its story forward (the ratification two years after the signing)
 * or recalls it; a step it has already passed (another signing, new talks) is a new
 * agreement between the same parties.
 *
 * <p>Outlets do not always name the same parties: one lists a ceasefire's mediator among
 * its signatories, another does not. When no agreement between exactly the mention's parties
 * fits, a recent one (within the window) between a few more or a few less of them, sharing
 * at least two, is taken before a new agreement is founded.
 */
public final class AgreementResolver {

	private AgreementResolver() {
	}

	/** The key that groups the agreements between one set of parties: the sorted codes. */
	public static String partyKey(List<String> parties) {
		return String.join("+", parties.stream().sorted().toList());
	}

	/**
	 * @param known the agreements already known between the mention's parties
	 * @param at when the mention's article was seen
	 * @param window how far apart in news time two reports may be and still be taken for one
	 * agreement when their domains differ or are unknown
	 * @return the agreement the mention belongs to: one of {@code known}, or a new one
	 */
	public static Agreement resolve(List<Agreement> known, MilestoneMention mention, Instant at, Duration window) {
		return resolve(known, List.of(), mention, at, window);
	}

	/**
	 * As {@link #resolve(List, MilestoneMention, Instant, Duration)}, and when no agreement
	 * between exactly the mention's parties fits, one in the news within the window between a
	 * few more or a few less of them: one outlet names a ceasefire's mediator as a signatory,
	 * another does not, and it is still one ceasefire.
	 * @param overlapping agreements whose parties include the mention's, or are included in them,
	 * with at least two in common (see {@link #overlaps})
	 */
	public static Agreement resolve(List<Agreement> known, List<Agreement> overlapping, MilestoneMention mention,
			Instant at, Duration window) {
		return sameDomain(known, mention).filter((agreement) -> continues(agreement, mention, at, window))
			.or(() -> closestInTime(known, mention, at, window))
			.or(() -> recentOverlapping(overlapping, mention, at, window))
			.orElseGet(() -> newAgreement(mention, at));
	}

	/** How many parties two sets must share before one may be the other reported in part. */
	private static final int SHARED_PARTIES = 2;

	/**
	 * Whether an agreement between {@code agreed} may be the one a mention of {@code mentioned}
	 * speaks of: one set contains the other, they differ, and they share at least two parties.
	 */
	public static boolean overlaps(List<String> agreed, List<String> mentioned) {
		Set<String> a = Set.copyOf(agreed);
		Set<String> m = Set.copyOf(mentioned);
		if (a.equals(m) || !a.containsAll(m) && !m.containsAll(a)) {
			return false;
		}
		return Math.min(a.size(), m.size()) >= SHARED_PARTIES;
	}

	private static Optional<Agreement> recentOverlapping(List<Agreement> overlapping, MilestoneMention mention,
			Instant at, Duration window) {
		List<Agreement> candidates = overlapping.stream()
			.filter((agreement) -> overlaps(agreement.getParties(), mention.getParties()))
			.toList();
		Optional<Agreement> sameDomain = sameDomain(candidates, mention)
			.filter((agreement) -> agreement.getLastReportedAt() != null && distance(agreement.getLastReportedAt(),
					AgreementLifecycle.reportedAt(mention, at)).compareTo(window) <= 0);
		return sameDomain.or(() -> closestInTime(candidates, mention, at, window));
	}

	private static boolean continues(Agreement agreement, MilestoneMention mention, Instant at, Duration window) {
		if (agreement.getLastReportedAt() == null || mention.getStatus() == MilestoneStatus.HISTORICAL
				|| distance(agreement.getLastReportedAt(), AgreementLifecycle.reportedAt(mention, at))
					.compareTo(window) <= 0) {
			return true;
		}
		return AgreementLifecycle.apply(agreement, mention, at).event().isPresent();
	}

	private static Optional<Agreement> sameDomain(List<Agreement> known, MilestoneMention mention) {
		if (mention.getDomain() == null) {
			return Optional.empty();
		}
		return known.stream().filter((agreement) -> agreement.getDomain() == mention.getDomain()).findFirst();
	}

	private static Optional<Agreement> closestInTime(List<Agreement> known, MilestoneMention mention, Instant at,
			Duration window) {
		Instant reportedAt = AgreementLifecycle.reportedAt(mention, at);
		return known.stream()
			.filter((agreement) -> agreement.getLastReportedAt() != null)
			.filter((agreement) -> distance(agreement.getLastReportedAt(), reportedAt).compareTo(window) <= 0)
			.min(Comparator.comparing((Agreement agreement) -> distance(agreement.getLastReportedAt(), reportedAt)));
	}

	private static Duration distance(Instant a, Instant b) {
		return Duration.between(a, b).abs();
	}

	private static Agreement newAgreement(MilestoneMention mention, Instant at) {
		String domain = (mention.getDomain() != null) ? mention.getDomain().name() : "";
		return Agreement.newBuilder()
			// the mention that founds the agreement keeps its id stable however often the stream is replayed
			.setAgreementId("ag-" + Hashes.sha256(24, partyKey(mention.getParties()), domain, mention.getMentionId()))
			.setParties(mention.getParties().stream().sorted().toList())
			.setTitle(mention.getAgreementTitle())
			.setDomain(mention.getDomain())
			.setInstrument(mention.getInstrument())
			.setUpdatedAt(at)
			.setLastReportedAt(AgreementLifecycle.reportedAt(mention, at))
			.build();
	}

}
