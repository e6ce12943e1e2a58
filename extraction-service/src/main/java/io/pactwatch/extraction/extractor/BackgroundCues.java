package io.pactwatch.extraction.extractor;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.pactwatch.extraction.extractor.date.DateMention;
import io.pactwatch.extraction.extractor.text.TaggedSentence;
import io.pactwatch.extraction.extractor.text.Token;
import io.pactwatch.extraction.extractor.text.WordClasses;

/**
 * Grammar that places an undated milestone before the news cycle: the pluperfect of the
 * narrator ("after negotiations had failed", unlike the reported "said it had signed"), a past
 * qualifier of the event ("a previous meeting which was unable to agree", "earlier attempts to
 * negotiate"), and a state of affairs running "since 1978".
 */
final class BackgroundCues {

	/** Tokens before a nominal or verbal head within which its past qualifier is looked for. */
	private static final int QUALIFIER_REACH = 10;

	private final WordClasses words;

	BackgroundCues(WordClasses words) {
		this.words = words;
	}

	/** "had failed", "had been extended", not under a reporting verb ("said it had signed"). */
	boolean isNarratedPluperfect(TaggedSentence sentence, int head) {
		boolean had = false;
		for (int i = head - 1; i >= 0 && i >= head - 4; i--) {
			Token t = sentence.token(i);
			if ("had".equals(t.lower())) {
				had = true;
				break;
			}
			boolean governor = t.isVerb() && "to".equals(sentence.token(i + 1).lower()); // "had failed to reach"
			if (!"AUX".equals(t.tag()) && !"ADV".equals(t.tag()) && !"PART".equals(t.tag()) && !governor) {
				return false;
			}
		}
		if (!had) {
			return false;
		}
		for (int i = 0; i < head; i++) {
			Token t = sentence.token(i);
			if (t.isVerb() && this.words.is(WordClasses.REPORTING, t)) {
				return false;
			}
		}
		return true;
	}

	/** "a previous meeting of the council which was unable to agree", "three earlier rounds of talks". */
	boolean hasPastQualifier(TaggedSentence sentence, int head) {
		for (int i = head - 1; i >= 0 && i >= head - QUALIFIER_REACH; i--) {
			Token t = sentence.token(i);
			if (t.isClauseBreak() || ",".equals(t.text())) {
				return false;
			}
			if (this.words.is(WordClasses.PAST_CUE, t)) {
				for (int j = i + 1; j <= i + 2 && j <= head; j++) {
					if (this.words.is(WordClasses.EVENT_NOUN, sentence.token(j))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** Prepositions by which a date places a whole clause ("In 2005, ...", "started in March 2007"). */
	private static final Pattern CLAUSE_DATE = Pattern
		.compile("(?i)\\b(?:in|on|during|since|from)\\s+(?:the\\s+|early\\s+|late\\s+|mid-?)?$");

	/**
	 * The sentence's only dates place its clauses before the news cycle ("In 2005, the
	 * organisation arranged talks"): an undated past event there happened back then too.
	 */
	static boolean datedOnlyBefore(String body, List<DateMention> dates, LocalDate cutoff) {
		boolean placed = false;
		for (DateMention d : dates) {
			if (!d.latestMeant().isBefore(cutoff)) {
				return false;
			}
			placed |= CLAUSE_DATE.matcher(body.substring(Math.max(0, d.start() - 14), d.start())).find();
		}
		return placed;
	}

	/** What may stand before a date that opens a sentence: "Last May, ...", "Back in 2005, ...". */
	private static final Pattern OPENING_BEFORE_DATE = Pattern
		.compile("(?i)^[\\s\"']*(?:(?:back|in|on|during|by|last|early|late|then)\\s+)*(?:the\\s+)?$");

	/**
	 * "Last May, a senator said it would be difficult to negotiate ...": a date before the news
	 * cycle that opens the sentence, set off by a comma, places all of it back then, whatever it
	 * then expected or denied.
	 */
	static boolean opensWithDateBefore(String body, int sentenceStart, List<DateMention> dates, LocalDate cutoff) {
		for (DateMention d : dates) {
			if (d.start() < sentenceStart || d.end() >= body.length() || body.charAt(d.end()) != ',') {
				continue;
			}
			if (d.latestMeant().isBefore(cutoff)
					&& OPENING_BEFORE_DATE.matcher(body.substring(sentenceStart, d.start())).matches()) {
				return true;
			}
		}
		return false;
	}

	/** "Since 1978 the accords have been extended...": a date after "since" before the cutoff. */
	static boolean runsSinceBefore(String body, List<DateMention> dates, LocalDate cutoff) {
		for (DateMention d : dates) {
			int from = Math.max(0, d.start() - 6);
			if (body.substring(from, d.start()).toLowerCase(Locale.ROOT).contains("since")
					&& d.latestMeant().isBefore(cutoff)) {
				return true;
			}
		}
		return false;
	}

}
