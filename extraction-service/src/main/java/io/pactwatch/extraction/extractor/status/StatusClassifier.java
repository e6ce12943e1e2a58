package io.pactwatch.extraction.extractor.status;

import java.util.Set;

import io.pactwatch.extraction.extractor.text.TaggedSentence;
import io.pactwatch.extraction.extractor.text.Token;
import io.pactwatch.extraction.extractor.text.WordClasses;
import io.pactwatch.extraction.extractor.trigger.TriggerMatch;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneStatus;

/**
 * Reads what a sentence asserts about the milestone its trigger states, from the grammar
 * around the trigger rather than from word lists alone:
 * <ul>
 * <li>the auxiliary chain before a verb: modals ("will sign", "could sign"), "to" and the word
 * governing it ("expected to sign", "refused to sign", "has yet to ratify", "is to sign"),
 * negation ("did not sign"), the perfect ("had signed") and the passive ("was inked");</li>
 * <li>reported speech: the chain stops at the reporting verb, so "said it had signed" keeps the
 * embedded "had signed";</li>
 * <li>conditions and denials anywhere before the trigger ("if", "denied it would");</li>
 * <li>for nominalisations ("the signing", "talks", "ratification"), the verb that governs the
 * noun ("held talks", "talks will resume", "slated for an October signing") and cue words
 * ("upcoming", "ready for signing", "no agreement").</li>
 * </ul>
 * HISTORICAL is decided later, from the dates ({@code ArticleReader}).
 */
public final class StatusClassifier {

	/** Words before a trigger that make the whole clause conditional. */
	private static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether");

	/** Time conjunctions: the clause they open is future when the sentence speaks of the future ("will take effect when ratified"). */
	private static final Set<String> TEMPORALS = Set.of("when", "once", "until", "after", "before");

	/** The cue of talks presupposed by their participants ("the delegation at the talks"): the clause's dates are not theirs. */
	public static final String PARTICIPANT = "participant";

	/** The cue of an event named only to date another ("since the signing of the deal"): no news of its own. */
	public static final String TIME_REFERENCE = "time reference";

	/** How far the verb of a reported clause may follow its event noun ("said the talks with ... will follow"). */
	private static final int REPORTED_SUBJECT_REACH = 24;

	/** Prepositions of purpose before a nominal event: it is still to come. */
	private static final Set<String> PURPOSE = Set.of("for", "towards", "toward");

	/** The cue of a milestone negated by a denial ("denied it would withdraw"). */
	public static final String DENIED = "denied";

	/** The cue of a participle describing an agreement noun ("the accord reached in Vienna"). */
	public static final String REDUCED_RELATIVE = "reduced relative";

	private static final Set<String> DENIALS = Set.of("deny", "denied", "dismiss", "denial");

	/** Tokens that may sit between a nominal trigger and the verb that governs it. */
	private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN", "ADP", "PART",
			"CCONJ", "PRON", "ADV");

	private final WordClasses words;

	private final OuterCues cues;

	public StatusClassifier(WordClasses words) {
		this.words = words;
		this.cues = new OuterCues(words);
	}

	/**
	 * What the sentence asserts.
	 *
	 * @param status OCCURRED, EXPECTED or NEGATED
	 * @param eventInPast whether the event (or its denial) lies before the report, for dates
	 * @param cue the word that decided, for diagnostics
	 * @param plannedBefore expected through a governor in the past ("had agreed to extend")
	 */
	public record Reading(MilestoneStatus status, boolean eventInPast, String cue, boolean plannedBefore) {

		Reading(MilestoneStatus status, boolean eventInPast, String cue) {
			this(status, eventInPast, cue, false);
		}

	}

	public Reading classify(TaggedSentence sentence, TriggerMatch match) {
		boolean nominal = match.nominal() || isNounLikeGerund(sentence, match.head());
		Reading reading = nominal ? nominal(sentence, match) : verbal(sentence, match.head(), 0);
		if (reading.status() != MilestoneStatus.NEGATED && deniedBefore(sentence, match.head())) {
			return new Reading(MilestoneStatus.NEGATED, true, DENIED);
		}
		if (!nominal && reading.status() != MilestoneStatus.NEGATED && this.cues.noAgreementBefore(sentence, match.head())) {
			return new Reading(MilestoneStatus.NEGATED, true, "no"); // "no deal was reached"
		}
		if (reading.status() == MilestoneStatus.EXPECTED && this.cues.rejectedProposal(sentence, match.head())) {
			return new Reading(MilestoneStatus.NEGATED, true, "rejected proposal");
		}
		return reading;
	}

	/** "are expected", "is scheduled": a participle after a present form of "be". */
	private static boolean isPresentPassive(TaggedSentence sentence, int participle) {
		int i = participle - 1;
		while (i >= 0 && "ADV".equals(sentence.token(i).tag())) {
			i--;
		}
		return i >= 0 && Set.of("is", "are", "am", "'s", "'re").contains(sentence.token(i).lower());
	}

	/** "'ll", "we'll", "they'd": a modal written as a clitic. */
	private boolean isModalClitic(String w) {
		int apostrophe = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
		return apostrophe >= 0 && this.words.is(WordClasses.MODAL, "'" + w.substring(apostrophe + 1));
	}

	/** The reading of the verb at {@code head}, from its auxiliary chain and form. */
	private Reading verbal(TaggedSentence sentence, int head, int depth) {
		int conjunct = firstConjunct(sentence, head);
		if (conjunct >= 0 && depth < 2) {
			return verbal(sentence, conjunct, depth + 1); // "is visiting to sign a deal and meet with": as the first verb
		}
		boolean negated = false;
		boolean pending = false;
		boolean modal = false;
		boolean expected = false;
		boolean perfect = false;
		boolean passedSubject = false;
		boolean plannedBefore = false;
		String cue = null;
		Token stopVerb = null;
		int k = head - 1;
		while (k >= 0) {
			Token t = sentence.token(k);
			if (t.isClauseBreak() || ",".equals(t.text())) {
				break;
			}
			String w = t.lower();
			if (passedSubject) {
				if (CONDITIONALS.contains(w)) {
					expected = true;
					cue = w;
				}
				if (t.isVerb() && !"AUX".equals(t.tag())) {
					break;
				}
				k--;
				continue;
			}
			if (this.words.is(WordClasses.NEGATOR, w) && !"no".equals(w)) {
				negated = true;
				cue = w;
				if (k + 1 < sentence.size() && "yet".equals(sentence.token(k + 1).lower())) {
					pending = true;
				}
			}
			else if ("yet".equals(w) || "still".equals(w) && k + 2 <= head
					&& "have".equals(sentence.token(k + 1).lemma())) {
				pending = pending || "yet".equals(w) && k + 1 < sentence.size() && "to".equals(sentence.token(k + 1).lower());
				if (pending) {
					cue = w;
				}
			}
			else if (this.words.is(WordClasses.MODAL, w) && ("AUX".equals(t.tag()) || "VERB".equals(t.tag()))
					|| isModalClitic(w)) {
				// "we'll": the tagger may keep the clitic on its pronoun
				modal = true;
				cue = (cue != null) ? cue : w;
			}
			else if ("to".equals(w) && !"ADP".equals(t.tag()) || "to".equals(w) && k == head - 1
					|| "at".equals(w) && k == head - 1 && k > 0 && "aim".equals(sentence.token(k - 1).lemma())) {
				// "aimed at securing" is "aimed to secure"
				int g = k - 1;
				while (g >= 0 && ("ADV".equals(sentence.token(g).tag()) || "not".equals(sentence.token(g).lower()))) {
					g--;
				}
				if (g >= 1 && "principle".equals(sentence.token(g).lower()) && "in".equals(sentence.token(g - 1).lower())) {
					g -= 2; // "agreed in principle to extend": the verb governs
				}
				if (g < 0) {
					expected = true;
					break;
				}
				Token governor = sentence.token(g);
				if (governor.isNoun() && g > 0 && "no".equals(sentence.token(g - 1).lower())) {
					return new Reading(MilestoneStatus.NEGATED, true, "no " + governor.lower()); // "no plans to renegotiate"
				}
				if (this.words.is(WordClasses.NEGATE_GOVERNOR, governor)) {
					Reading outer = verbal(sentence, g, depth + 1);
					// "refused to sign" is a refusal; "will not refuse to sign" would be a promise
					return new Reading(
							(outer.status() == MilestoneStatus.NEGATED && depth == 0) ? MilestoneStatus.EXPECTED
									: MilestoneStatus.NEGATED,
							true, governor.lower());
				}
				if (this.words.is(WordClasses.ASPECTUAL, governor) && governor.isVerb()) {
					return verbal(sentence, g, depth + 1); // "started to sign": as real as the start
				}
				if (this.words.is(UnassertedMentions.ATTEMPT, governor)) {
					// "tried to negotiate", "the fourth attempt to negotiate": the attempt is the talks
					return governor.isVerb() ? verbal(sentence, g, depth + 1)
							: new Reading(MilestoneStatus.OCCURRED, true, "attempt");
				}
				if ("yet".equals(governor.lower())) {
					pending = true;
					cue = "yet to";
				}
				else {
					expected = true;
					cue = governor.lower() + " to";
					// "had agreed to extend" was planned before; "are expected to sign" is planned now
					plannedBefore = governor.isPastForm() && !isPresentPassive(sentence, g);
				}
				if (governor.isVerb() || "ADJ".equals(governor.tag())) {
					// the governor's own chain may negate it: "is not expected to sign"
					Reading outer = verbal(sentence, g, depth + 1);
					if (outer.status() == MilestoneStatus.NEGATED) {
						return new Reading(MilestoneStatus.NEGATED, false, "not " + cue);
					}
				}
				k = g - 1;
				passedSubject = !governor.isVerb() && !"ADJ".equals(governor.tag()) && !"yet".equals(governor.lower());
				continue;
			}
			else if ("have".equals(t.lemma()) && "AUX".equals(t.tag())) {
				perfect = true;
			}
			else if ("be".equals(t.lemma()) || "do".equals(t.lemma()) || "get".equals(t.lemma())) {
				// passive, progressive, emphatic: the form of the head decides
			}
			else if ("ADV".equals(t.tag()) || "PART".equals(t.tag())) {
				// "formally signed", "also agreed"; but "nearly signed" did not sign
				if (this.words.is(WordClasses.NEAR_MISS, w)) {
					negated = true;
					cue = w;
				}
			}
			else if (t.isVerb()) {
				stopVerb = t;
				break;
			}
			else {
				passedSubject = t.isNoun() || "PRON".equals(t.tag());
				if (!passedSubject && !"CCONJ".equals(t.tag())) {
					passedSubject = true;
				}
				if (CONDITIONALS.contains(w)) {
					expected = true;
					cue = w;
				}
			}
			k--;
		}
		if (!expected && !modal && depth == 0 && temporalClauseInFuture(sentence, head)) {
			expected = true;
			cue = "when";
		}
		Token verb = sentence.token(head);
		if (negated && !pending) {
			return new Reading(MilestoneStatus.NEGATED, !modal, cue);
		}
		if (pending) {
			return new Reading(MilestoneStatus.EXPECTED, false, cue);
		}
		if (modal || expected) {
			return new Reading(MilestoneStatus.EXPECTED, false, cue, plannedBefore && !modal);
		}
		if (verb.isGerund() && stopVerb != null && depth < 2 && !this.words.is(WordClasses.REPORTING, stopVerb)) {
			// "started signing", "plans signing": the verb before the gerund decides
			int stopAt = sentence.tokens().indexOf(stopVerb);
			if (this.words.is(WordClasses.CONSIDERATION, stopVerb)) {
				return new Reading(MilestoneStatus.EXPECTED, false, stopVerb.lower()); // "considering signing"
			}
			if (this.words.is(WordClasses.EXPECT_GOVERNOR, stopVerb) && !stopVerb.isPastForm()
					|| this.words.is(WordClasses.EXPECT_GOVERNOR, stopVerb) && "close".equals(stopVerb.lemma())) {
				return new Reading(MilestoneStatus.EXPECTED, false, stopVerb.lower());
			}
			return verbal(sentence, stopAt, depth + 1);
		}
		if (verb.isPastForm() && isRelativeClauseOnAgreement(sentence, head, perfect)) {
			// "agreements signed by the Community": a description of the agreement, not the news
			return new Reading(MilestoneStatus.OCCURRED, true, REDUCED_RELATIVE);
		}
		if (verb.isPastForm() || perfect) {
			return new Reading(MilestoneStatus.OCCURRED, true, perfect ? "perfect" : "past");
		}
		if (verb.isGerund() && isSubjectOfModal(sentence, head)) {
			// "signing the declaration would cause a conflict": a signing supposed, not reported
			return new Reading(MilestoneStatus.EXPECTED, false, "supposed");
		}
		// the simple present: a headline's past ("signs") or a schedule ("expires in October"); dates decide
		return new Reading(MilestoneStatus.OCCURRED, false, "present");
	}

	/** How far after a gerund its clause's modal may stand: "signing the new trade pact would". */
	private static final int GERUND_SUBJECT_REACH = 8;

	/** The gerund heads the subject of a modal verb: "signing the pact would cause a conflict". */
	private boolean isSubjectOfModal(TaggedSentence sentence, int gerund) {
		for (int i = gerund + 1; i < sentence.size() && i <= gerund + GERUND_SUBJECT_REACH; i++) {
			Token t = sentence.token(i);
			if (t.isPunctuation() || "VERB".equals(t.tag()) || "SCONJ".equals(t.tag())) {
				return false;
			}
			if ("AUX".equals(t.tag())) {
				return this.words.is(WordClasses.MODAL, t.lower());
			}
		}
		return false;
	}

	/** How far back the first of two coordinated verbs may stand ("to sign trade agreements with the country and meet"). */
	private static final int CONJUNCT_REACH = 12;

	/**
	 * A bare verb coordinated after another ("plans to visit Beijing and sign the pact") shares
	 * the first verb's "to", modal or governor: the index of that first base-form verb, or -1.
	 */
	private static int firstConjunct(TaggedSentence sentence, int head) {
		Token verb = sentence.token(head);
		if (!"VERB".equals(verb.tag()) || !verb.lower().equals(verb.lemma()) || verb.isGerund()) {
			return -1;
		}
		int k = head - 1;
		while (k >= 0 && "ADV".equals(sentence.token(k).tag())) {
			k--;
		}
		if (k < 1 || !"and".equals(sentence.token(k).lower()) && !"or".equals(sentence.token(k).lower())) {
			return -1;
		}
		for (int i = k - 1; i >= 0 && i >= k - CONJUNCT_REACH; i--) {
			Token t = sentence.token(i);
			if (t.isClauseBreak() || ",".equals(t.text())) {
				return -1;
			}
			if ("VERB".equals(t.tag())) {
				return (t.lower().equals(t.lemma()) && !t.isGerund()) ? i : -1;
			}
		}
		return -1;
	}

	/** "due to enter into force when ratified": a time clause in a sentence about the future. */
	private boolean temporalClauseInFuture(TaggedSentence sentence, int head) {
		boolean temporal = false;
		for (int i = head - 1; i >= 0 && i >= head - 20; i--) {
			Token t = sentence.token(i);
			if (TEMPORALS.contains(t.lower())) {
				temporal = true;
				break;
			}
			if (t.isClauseBreak() || ",".equals(t.text())) {
				break;
			}
		}
		if (!temporal) {
			return false;
		}
		for (Token t : sentence.tokens()) {
			if ("AUX".equals(t.tag()) && this.words.is(WordClasses.MODAL, t.lower()) || "due".equals(t.lower())
					|| "expected".equals(t.lower())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "agreements signed by the Community", "the truce, which was signed by...": a participle
	 * or relative clause describing an agreement noun, background unless it carries a date.
	 */
	private boolean isRelativeClauseOnAgreement(TaggedSentence sentence, int head, boolean perfect) {
		if (head > 0 && !perfect && this.words.isAgreementNoun(sentence.token(head - 1))) {
			return true;
		}
		if (head > 0 && !perfect && "agree".equals(sentence.token(head).lemma()) && sentence.token(head - 1).isNoun()
				&& head + 1 < sentence.size() && Set.of("on", "upon", "by", "in", "at", ".", ",")
					.contains(sentence.token(head + 1).lower())) {
			return true; // "the terms agreed on", "the ceiling agreed by OPEC": what was agreed, not the news
		}
		int i = head - 1;
		while (i >= 0 && ("AUX".equals(sentence.token(i).tag()) || "ADV".equals(sentence.token(i).tag()))) {
			i--;
		}
		if (i < head - 1 && i >= 0 && ("which".equals(sentence.token(i).lower()) || "that".equals(sentence.token(i).lower()))
				&& "be".equals(sentence.token(head - 1).lemma())) {
			return true;
		}
		return isObjectRelative(sentence, i);
	}

	/**
	 * "the accord the two countries signed", "the deal they had reached": an agreement noun, then
	 * the clause's own subject ending at {@code subjectEnd}, then its verb; the clause describes
	 * the agreement.
	 */
	private boolean isObjectRelative(TaggedSentence sentence, int subjectEnd) {
		int i = subjectEnd;
		while (i >= 0 && Set.of("DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON").contains(sentence.token(i).tag())
				&& !this.words.isAgreementNoun(sentence.token(i))) {
			i--;
		}
		return i >= 0 && i < subjectEnd && this.words.isAgreementNoun(sentence.token(i))
				&& Set.of("DET", "NUM", "PRON", "PROPN").contains(sentence.token(i + 1).tag());
	}

	/** "an October signing", "after signing": an -ing form used as a noun, not "are signing" or "began signing". */
	private static boolean isNounLikeGerund(TaggedSentence sentence, int head) {
		if (!sentence.token(head).isGerund()) {
			return false;
		}
		int i = head - 1;
		while (i >= 0 && "ADV".equals(sentence.token(i).tag())) {
			i--;
		}
		return i < 0
				|| Set.of("DET", "ADJ", "PROPN", "NUM", "ADP", "SCONJ", "NOUN", "PRON").contains(sentence.token(i).tag());
	}

	/** Status of a nominal trigger ("talks", "the signing", "ratification"). */
	private Reading nominal(TaggedSentence sentence, TriggerMatch match) {
		int head = match.head();
		// "no talks", "without agreement"
		for (int i = head - 1; i >= 0 && i >= head - 3; i--) {
			Token t = sentence.token(i);
			if (t.isClauseBreak() || t.isVerb()) {
				break;
			}
			if (this.words.is(WordClasses.NEGATIVE_CUE, t)) {
				return new Reading(MilestoneStatus.NEGATED, true, t.lower());
			}
		}
		if (match.milestone() != Milestone.TALKS && head >= 2 && "of".equals(sentence.token(head - 1).lower())
				&& "process".equals(sentence.token(head - 2).lower())) {
			// "in the process of joining": under way, so not yet done (talks in process are going on)
			return new Reading(MilestoneStatus.EXPECTED, false, "process");
		}
		if (head > 0 && PURPOSE.contains(sentence.token(head - 1).lower())) {
			// "ready for signing", "sent for approval", "momentum towards sealing a deal"
			return new Reading(MilestoneStatus.EXPECTED, false, sentence.token(head - 1).lower());
		}
		if (head > 1 && ("of".equals(sentence.token(head - 1).lower()) || "to".equals(sentence.token(head - 1).lower()))
				&& this.words.is(WordClasses.GOAL_NOUN, sentence.token(head - 2))) {
			return new Reading(MilestoneStatus.EXPECTED, false, "goal"); // "the goal of reaching an agreement"
		}
		if (this.cues.isRuledOut(sentence, head)) {
			return new Reading(MilestoneStatus.NEGATED, true, "ruled out"); // "ruled out talks with the rebels"
		}
		if (this.cues.isOpenTo(sentence, head)) {
			return new Reading(MilestoneStatus.EXPECTED, false, "open"); // "open to talks": willing, not yet in them
		}
		for (int i = Math.max(0, head - 4); i <= Math.min(sentence.size() - 1, head + 2); i++) {
			Token t = sentence.token(i);
			if (i != head && this.words.is(WordClasses.FUTURE_CUE, t) && !t.isVerb()) {
				return new Reading(MilestoneStatus.EXPECTED, false, t.lower());
			}
		}
		Integer participation = participationVerb(sentence, head);
		if (participation != null) {
			// "will not participate in negotiations", "took part in the talks": taking part is the talks
			return verbal(sentence, participation, 1);
		}
		String preposition = framingPreposition(sentence, head);
		if (preposition != null) {
			// "during talks last week", "at talks in Geneva tomorrow": the event frames the clause,
			// as real as the clause's own verb; "ahead of the signing" is still to come
			Integer clauseVerb = clauseVerbBefore(sentence, head);
			if (clauseVerb == null) {
				clauseVerb = mainVerbAfter(sentence, head);
			}
			boolean pastClause = clauseVerb != null && sentence.token(clauseVerb).isPastForm();
			if ("since".equals(preposition) || "before".equals(preposition) && pastClause) {
				// "since the signing of the peace deal, ...", "before the signing, China allowed...":
				// the event only dates something else, and lies in the past
				return new Reading(MilestoneStatus.OCCURRED, true, TIME_REFERENCE);
			}
			if ("before".equals(preposition) || "ahead".equals(preposition)) {
				return new Reading(MilestoneStatus.EXPECTED, false, preposition);
			}
			if (modifiesSubjectNoun(sentence, head)) {
				// "the delegation at the talks is leaving": the talks the subject attends are going on
				return new Reading(MilestoneStatus.OCCURRED, false, PARTICIPANT);
			}
			clauseVerb = clauseVerbBefore(sentence, head);
			boolean expected = clauseVerb != null
					&& verbal(sentence, clauseVerb, 1).status() == MilestoneStatus.EXPECTED;
			return new Reading(expected ? MilestoneStatus.EXPECTED : MilestoneStatus.OCCURRED, !expected,
					preposition);
		}
		Integer left = governingVerbLeft(sentence, head);
		Integer reportedRight = null;
		if (left != null && this.words.is(WordClasses.REPORTING, sentence.token(left))) {
			// "said the talks with the banks on ... will follow in April": the reported clause's subject
			reportedRight = governingVerbRight(sentence, head, REPORTED_SUBJECT_REACH);
			if (reportedRight != null) {
				left = null;
			}
		}
		if (left != null) {
			Token verb = sentence.token(left);
			Reading outer = verbal(sentence, left, 1);
			Reading put = OuterCues.isAgentOf(sentence, left, head) ? null : this.cues.putOffOrCalledOff(verb);
			if (put != null) {
				return put; // "postponed the signing", "cancelled the talks"
			}
			if (this.words.is(WordClasses.REALISING, verb)) {
				if (match.milestone() == Milestone.TALKS && this.words.is(WordClasses.FINISHING, verb)
						&& outer.status() == MilestoneStatus.NEGATED && outer.cue() != null
						&& this.words.is(WordClasses.NEAR_MISS, outer.cue())) {
					// "have nearly completed talks": the talks are under way, near their end
					return new Reading(MilestoneStatus.OCCURRED, true, outer.cue());
				}
				return outer; // "held talks", "did not hold talks", "attended the signing"
			}
			if (this.words.is(WordClasses.NEGATE_GOVERNOR, verb)) {
				return new Reading(MilestoneStatus.NEGATED, true, verb.lower()); // "rejected ratification"
			}
			if (this.words.is(WordClasses.EXPECT_GOVERNOR, verb) || this.words.is(WordClasses.TOPIC_VERB, verb)
					|| outer.status() == MilestoneStatus.EXPECTED) {
				// "agreed to formal talks", "urged early accession", "discussed ratification": not (yet) real
				return new Reading(MilestoneStatus.EXPECTED, false, verb.lower());
			}
			// "blamed the talks", "declined to comment on the talks": the talks themselves took place
			return new Reading(MilestoneStatus.OCCURRED, true, verb.lower());
		}
		Integer right = (reportedRight != null) ? reportedRight : governingVerbRight(sentence, head, 10);
		if (right != null) {
			Token verb = sentence.token(right);
			Reading put = this.cues.putOffOrCalledOff(verb);
			if (put != null) {
				return put; // "the signing was postponed", "talks were cancelled"
			}
			boolean passive = right > 0 && "be".equals(sentence.token(right - 1).lemma());
			// "talks are scheduled to begin" is a plan; "the extension was agreed" is done
			if (this.words.is(WordClasses.EXPECT_GOVERNOR, verb) && !verb.isPastForm()
					|| passive && this.words.is(WordClasses.PLANNED, verb) || "due".equals(verb.lower())) {
				return new Reading(MilestoneStatus.EXPECTED, false, verb.lower()); // "talks are due to begin"
			}
			return verbal(sentence, right, 1);
		}
		if (match.milestone() == Milestone.TALKS || match.milestone() == Milestone.TALKS_BROKEN_OFF) {
			return new Reading(MilestoneStatus.OCCURRED, true, "talks");
		}
		return new Reading(MilestoneStatus.EXPECTED, false, "nominal");
	}

	/**
	 * The verb of taking part right before "in" the nominal event ("participate in talks", "take
	 * part in the negotiations", "engage in talks"), or {@code null}: the event is its object, not
	 * its frame.
	 */
	private Integer participationVerb(TaggedSentence sentence, int head) {
		int in = -1;
		for (int i = head - 1; i >= 0 && i >= head - 4; i--) {
			Token t = sentence.token(i);
			if ("in".equals(t.lower())) {
				in = i;
				break;
			}
			if (!Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM").contains(t.tag()) && !isGerundModifier(sentence, i)
					&& !sentence.isWordHyphen(i)) {
				return null;
			}
		}
		if (in < 1) {
			return null;
		}
		int verb = in - 1;
		if ("part".equals(sentence.token(verb).lower()) && verb > 0) {
			verb--; // "take part in"
		}
		Token t = sentence.token(verb);
		return (t.isVerb() && this.words.is(WordClasses.PARTICIPATION, t)) ? verb : null;
	}

	/**
	 * "power sharing talks", "urged consuming countries": an -ing form before a noun qualifies it;
	 * after "to" or a preposition it is a verb with the noun as its object ("opposed to holding talks").
	 */
	private static boolean isGerundModifier(TaggedSentence sentence, int index) {
		if (!sentence.token(index).isGerund() || index + 1 >= sentence.size() || !sentence.token(index + 1).isNoun()) {
			return false;
		}
		if (index == 0) {
			return true;
		}
		Token before = sentence.token(index - 1);
		return !Set.of("ADP", "SCONJ", "PART").contains(before.tag());
	}

	/** How many words a framing preposition may sit before its event ("at the coffee organisation's talks"). */
	private static final int FRAME_REACH = 9;

	/** Prepositions that make a nominal event the frame of the clause rather than its object. */
	private static final Set<String> FRAMING = Set.of("during", "after", "following", "at", "in", "amid", "since",
			"throughout", "before", "ahead");

	/** "during talks last week", "at the talks", "ahead of the signing": the preposition, or {@code null}. */
	private static String framingPreposition(TaggedSentence sentence, int head) {
		for (int i = head - 1; i >= 0 && i >= head - FRAME_REACH; i--) {
			Token t = sentence.token(i);
			if ("(".equals(t.text()) || ")".equals(t.text())) {
				continue; // "at the International Coffee Organization (ICO) talks"
			}
			if ("at".equals(t.lower()) && i > 0 && "aim".equals(sentence.token(i - 1).lemma())) {
				return null; // "aimed at securing a signature": an aim, not a frame
			}
			if (FRAMING.contains(t.lower()) && !"PART".equals(t.tag())) {
				if ("ahead".equals(t.lower()) || i + 1 < sentence.size() && "of".equals(sentence.token(i + 1).lower())
						&& !"ahead".equals(t.lower())) {
					return "ahead".equals(t.lower()) ? "ahead" : null;
				}
				return t.lower();
			}
			if (!Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON").contains(t.tag()) && !"of".equals(t.lower())
					&& !sentence.isWordHyphen(i)) {
				return null;
			}
		}
		return null;
	}

	/** "The U.S. delegation at the coffee talks ...": the preposition follows a noun before any verb. */
	private static boolean modifiesSubjectNoun(TaggedSentence sentence, int head) {
		int preposition = -1;
		for (int i = head - 1; i >= 0 && i >= head - FRAME_REACH; i--) {
			if (FRAMING.contains(sentence.token(i).lower())) {
				preposition = i;
				break;
			}
		}
		if (preposition < 1 || !sentence.token(preposition - 1).isNoun()) {
			return false;
		}
		for (int i = preposition - 1; i >= 0; i--) {
			Token t = sentence.token(i);
			if (isDatelineDash(sentence, i)) {
				return true; // "LONDON, March 2 - The delegation at the talks": the dateline ends here
			}
			if (t.isVerb() || ",".equals(t.text())) {
				return false;
			}
		}
		return true;
	}

	/** A free-standing dash after the dateline's date ("March 2 - "), not the hyphen of "medium-range". */
	private static boolean isDatelineDash(TaggedSentence sentence, int index) {
		Token t = sentence.token(index);
		if (!"-".equals(t.text()) && !"--".equals(t.text()) || index == 0
				|| !"NUM".equals(sentence.token(index - 1).tag())) {
			return false;
		}
		String text = sentence.sentence().text();
		int at = t.start() - sentence.sentence().start();
		return at > 0 && at + t.text().length() < text.length() && text.charAt(at - 1) == ' '
				&& text.charAt(at + t.text().length()) == ' ';
	}

	/** The first main verb after a fronted phrase ("Before the signing, China allowed ..."), or {@code null}. */
	private static Integer mainVerbAfter(TaggedSentence sentence, int head) {
		for (int i = head + 1; i < sentence.size(); i++) {
			if ("VERB".equals(sentence.token(i).tag()) || "AUX".equals(sentence.token(i).tag())) {
				return i;
			}
		}
		return null;
	}

	/** The nearest main verb before {@code head} in its clause, or {@code null}. */
	private static Integer clauseVerbBefore(TaggedSentence sentence, int head) {
		for (int i = head - 1; i >= 0; i--) {
			Token t = sentence.token(i);
			if (t.isClauseBreak()) {
				return null;
			}
			if ("VERB".equals(t.tag())) {
				return i;
			}
		}
		return null;
	}

	/** "held talks", "will hold similar talks", "slated for an October signing". */
	private static Integer governingVerbLeft(TaggedSentence sentence, int head) {
		for (int i = head - 1; i >= 0 && i >= head - 5; i--) {
			Token t = sentence.token(i);
			if (isGerundModifier(sentence, i) || sentence.isWordHyphen(i)) {
				continue; // "rejected power sharing talks", "rejoin six-nation talks": modifiers of the talks
			}
			if (t.isVerb() && !"AUX".equals(t.tag())) {
				return i;
			}
			if (t.isClauseBreak() || ",".equals(t.text()) || !NOUN_PHRASE_TAGS.contains(t.tag())) {
				return null;
			}
		}
		return null;
	}

	/**
	 * "talks began", "the signing is slated for", "talks, which opened here yesterday"; verbs
	 * inside the noun's complement ("talks on reintroducing quotas") are skipped.
	 */
	private static Integer governingVerbRight(TaggedSentence sentence, int head, int reach) {
		for (int i = head + 1; i < sentence.size() && i <= head + reach; i++) {
			Token t = sentence.token(i);
			Token previous = sentence.token(i - 1);
			boolean complement = "ADP".equals(previous.tag()) || "SCONJ".equals(previous.tag())
					|| "PART".equals(previous.tag()) || t.isGerund() && !"AUX".equals(t.tag());
			if (t.isVerb() && !complement) {
				if ("AUX".equals(t.tag())) {
					// "talks are due", "talks will resume": the main verb or predicate follows
					for (int j = i + 1; j < sentence.size() && j <= i + 3; j++) {
						Token next = sentence.token(j);
						if ("VERB".equals(next.tag()) || "ADJ".equals(next.tag())) {
							return j;
						}
					}
					return i;
				}
				return i;
			}
			if (t.isClauseBreak() || ".".equals(t.text()) || ",".equals(t.text())) {
				return null;
			}
		}
		return null;
	}

	/** "denied it would withdraw", "denied a report that Japan will end the pact". */
	private static boolean deniedBefore(TaggedSentence sentence, int head) {
		for (int i = 0; i < head; i++) {
			if (DENIALS.contains(sentence.token(i).lemma()) || DENIALS.contains(sentence.token(i).lower())) {
				return true;
			}
		}
		return false;
	}

}
