package io.pactwatch.extraction.extractor;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.pactwatch.extraction.extractor.party.PartyKind;
import io.pactwatch.extraction.extractor.party.PartyMention;
import io.pactwatch.extraction.extractor.text.TaggedSentence;

/**
 * Whether the parties a trigger needs are named right around it: "joining GATT" is an
 * accession only with an organisation after the verb, and "a meeting" is talks only between
 * parties named with it ("an ICCO meeting", "a meeting between Japan and Korea", "another
 * meeting" of talks already reported), not a board's or a cabinet's own meeting.
 */
final class NamedParticipants {

	/** Words after the head within which the organisation joined must be named. */
	private static final int OBJECT_REACH = 5;

	/** Words before and after a meeting within which its participants are named. */
	private static final int BEFORE_MEETING = 4;

	private static final int AFTER_MEETING = 8;

	/** A meeting that continues talks the article already reported. */
	private static final Set<String> CONTINUATION = Set.of("another", "next", "further", "new", "second", "third",
			"fresh", "follow-up");

	private NamedParticipants() {
	}

	/** "joined GATT", "entry into the EC", "membership of NATO". */
	static boolean organisationFollows(TaggedSentence tagged, int head, List<PartyMention> mentions) {
		int end = tagged.token(Math.min(tagged.size() - 1, head + OBJECT_REACH)).end();
		int start = tagged.token(head).end();
		return mentions.stream().anyMatch(m -> m.kind() == PartyKind.IGO && m.start() >= start && m.start() <= end);
	}

	/**
	 * Whether the meeting at {@code head} is one between parties: an organisation's meeting, two
	 * parties named with it, "the two sides", or another round of talks between known parties.
	 */
	static boolean isMeetingOfParties(TaggedSentence tagged, int head, List<PartyMention> mentions,
			List<String> context, Set<String> backReferences) {
		int first = head;
		while (first > 0 && head - first < BEFORE_MEETING && !tagged.token(first - 1).isClauseBreak()
				&& !tagged.token(first - 1).isVerb()) {
			first--;
		}
		int last = head;
		while (last + 1 < tagged.size() && last - head < AFTER_MEETING && !tagged.token(last + 1).isClauseBreak()
				&& !tagged.token(last + 1).isVerb()) {
			last++;
		}
		int from = tagged.token(first).start();
		int to = tagged.token(last).end();
		Set<String> codes = new HashSet<>();
		for (PartyMention m : mentions) {
			if (m.start() >= from && m.end() <= to) {
				if (m.kind() == PartyKind.IGO) {
					return true;
				}
				codes.add(m.code());
			}
		}
		if (codes.size() >= 2) {
			return true;
		}
		String phrase = tagged.sentence().text().toLowerCase(Locale.ROOT);
		if (backReferences.stream().anyMatch(phrase::contains) && context.size() >= 2) {
			return true;
		}
		for (int i = first; i < head; i++) {
			if (CONTINUATION.contains(tagged.token(i).lower()) && context.size() >= 2) {
				return true;
			}
		}
		return false;
	}

}
