package io.pactwatch.extraction.extractor;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.pactwatch.extraction.extractor.date.DateMention;
import io.pactwatch.extraction.extractor.text.TaggedSentence;
import io.pactwatch.extraction.extractor.text.Token;
import io.pactwatch.extraction.extractor.text.WordClasses;

/**
 * Grammar that places an undated milestone before the news cycle: the pluperfect of the
 * narrator ("after negotiations had failed", unlike the reported "said it had signed"), a past
 * qualifier of the event ("a previous meeting which was unable to agree", "earlier attempts to
 * negotiate"), and a state of affairs running "since 1978". A signing also lies back then when the
 * clause holding it only describes or dates something else: a place ("the state where the
 * conventions were signed"), a membership ("among the countries to have signed"), a concession
 * ("although Syria has signed the treaty, ..."), a commemoration ("the anniversary of the
 * signing") or a point in time ("since the deal was signed").
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

	/** How far before its verb the word opening a clause is looked for, past subject and auxiliaries. */
	private static final int OPENER_REACH = 15;

	/** Tags of the words between a clause's opening word and its verb ("the treaty on arms was"). */
	private static final Set<String> SUBJECT_TAGS = Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "ADP",
			"CCONJ", "AUX", "ADV", "PART");

	private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN");

	/**
	 * A signing (or other step) named as a standing fact rather than reported, whatever tense the
	 * rest of the sentence reads: "among the countries to have signed the treaty", "the
	 * anniversary of the signing", "the holiday celebrates the signing of the charter".
	 */
	boolean isNamedAsFact(TaggedSentence sentence, int head) {
		return isMembershipInfinitive(sentence, head) || isCommemorated(sentence, head);
	}

	/**
	 * A past verb in a clause that only describes something else: a place or time by what happened
	 * there ("the state where the conventions were signed", "the city in which the treaty was
	 * signed", "the year when the accord was ratified"), or a concession about a named treaty
	 * ("although Syria has signed the Non-Proliferation Treaty, it ...", while "while Air India has
	 * signed a deal" is news).
	 */
	boolean isInDescribingClause(TaggedSentence sentence, int head, boolean namedAgreement) {
		int opener = clauseOpener(sentence, head);
		if (opener < 0) {
			return false;
		}
		Token o = sentence.token(opener);
		Token antecedent = (opener > 0) ? sentence.token(opener - 1) : null;
		// a restrictive relative on a common noun describes it ("the state where ..."), while
		// ", where he signed" and "in Geneva where he signed" may narrate the news
		boolean placeRelative = antecedent != null && (this.words.is(WordClasses.PLACE_RELATIVE, o)
				&& "NOUN".equals(antecedent.tag())
				|| "which".equals(o.lower()) && "ADP".equals(antecedent.tag()) && opener >= 2
						&& "NOUN".equals(sentence.token(opener - 2).tag()));
		boolean timeRelative = antecedent != null && "when".equals(o.lower())
				&& this.words.is(WordClasses.TIME_ANTECEDENT, antecedent);
		return placeRelative || timeRelative || namedAgreement && this.words.is(WordClasses.CONCESSIVE, o);
	}

	/** "the first visit since the peace deal was signed": the clause only dates another event. */
	boolean opensTimeClause(TaggedSentence sentence, int head) {
		int opener = clauseOpener(sentence, head);
		return opener >= 0 && this.words.is(WordClasses.TIME_CLAUSE, sentence.token(opener));
	}

	/**
	 * The word opening the clause of the verb at {@code head}, reached over its auxiliaries and its
	 * subject (an apposition set off by commas included), or -1 when another verb, a clause break,
	 * another comma or any other word comes first.
	 */
	private int clauseOpener(TaggedSentence sentence, int head) {
		for (int i = head - 1; i >= 0 && i >= head - OPENER_REACH; i--) {
			Token t = sentence.token(i);
			if (this.words.is(WordClasses.PLACE_RELATIVE, t) || this.words.is(WordClasses.CONCESSIVE, t) || this.words.is(WordClasses.TIME_CLAUSE, t)
					|| "which".equals(t.lower()) || "when".equals(t.lower())) {
				return i;
			}
			if (",".equals(t.text())) {
				i = appositionStart(sentence, i); // "the convention, the Geneva Conventions, were signed"
				if (i < 0) {
					return -1;
				}
				continue;
			}
			if (t.isClauseBreak() || "VERB".equals(t.tag()) || !SUBJECT_TAGS.contains(t.tag())) {
				return -1;
			}
		}
		return -1;
	}

	/** The opening comma of a noun phrase in apposition to the noun before it, ending at {@code comma}; or -1. */
	private static int appositionStart(TaggedSentence sentence, int comma) {
		for (int j = comma - 1; j >= 1 && j >= comma - 6; j--) {
			Token t = sentence.token(j);
			if (",".equals(t.text())) {
				return (j < comma - 1 && sentence.token(j - 1).isNoun()) ? j : -1;
			}
			if (!NOUN_PHRASE_TAGS.contains(t.tag())) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * "among the 188 countries to have signed", "the only state to have ratified": a perfect
	 * infinitive qualifying a noun states a membership, not a new step ("is said to have signed" is
	 * governed by a verb and keeps its reading; "Korea to have talks" is no perfect).
	 */
	private boolean isMembershipInfinitive(TaggedSentence sentence, int head) {
		if (head < 3 || !sentence.token(head).isPastForm() || !"have".equals(sentence.token(head - 1).lower())
				|| !"to".equals(sentence.token(head - 2).lower())) {
			return false;
		}
		Token qualified = sentence.token(head - 3);
		return qualified.isNoun() || "NUM".equals(qualified.tag())
				|| "ADJ".equals(qualified.tag()) && !this.words.is(WordClasses.EXPECT_GOVERNOR, qualified);
	}

	/**
	 * "the anniversary of the signing", "the holiday celebrates the signing of the charter": a
	 * nominal event commemorated, by a noun or by a verb in the present (a past "celebrated the
	 * signing" may be the ceremony itself).
	 */
	private boolean isCommemorated(TaggedSentence sentence, int head) {
		for (int i = head - 1; i >= 0 && i >= head - 4; i--) {
			Token t = sentence.token(i);
			if (this.words.is(WordClasses.COMMEMORATION, t)) {
				return t.isNoun() || t.isVerb() && !t.isPastForm() && !t.isGerund();
			}
			if (!NOUN_PHRASE_TAGS.contains(t.tag()) && !"of".equals(t.lower())) {
				return false;
			}
		}
		return false;
	}

}
