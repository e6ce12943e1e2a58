package io.pactwatch.extraction.extractor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pactwatch.extraction.extractor.classify.AreasClassifier;
import io.pactwatch.extraction.extractor.classify.DomainClassifier;
import io.pactwatch.extraction.extractor.classify.InstrumentClassifier;
import io.pactwatch.extraction.extractor.date.DateFinder;
import io.pactwatch.extraction.extractor.date.DateMention;
import io.pactwatch.extraction.extractor.date.Term;
import io.pactwatch.extraction.extractor.date.TermFinder;
import io.pactwatch.extraction.extractor.party.ArgumentNames;
import io.pactwatch.extraction.extractor.party.PartyChoice;
import io.pactwatch.extraction.extractor.party.PartyFinder;
import io.pactwatch.extraction.extractor.party.PartyKind;
import io.pactwatch.extraction.extractor.party.PartyMention;
import io.pactwatch.extraction.extractor.party.PartySelector;
import io.pactwatch.extraction.extractor.status.StatusClassifier;
import io.pactwatch.extraction.extractor.status.StatusClassifier.Reading;
import io.pactwatch.extraction.extractor.status.UnassertedMentions;
import io.pactwatch.extraction.extractor.text.KeywordPrefilter;
import io.pactwatch.extraction.extractor.text.NlpPipeline;
import io.pactwatch.extraction.extractor.text.Sentence;
import io.pactwatch.extraction.extractor.text.TaggedSentence;
import io.pactwatch.extraction.extractor.text.Token;
import io.pactwatch.extraction.extractor.text.WordClasses;
import io.pactwatch.extraction.extractor.trigger.TriggerFinder;
import io.pactwatch.extraction.extractor.trigger.TriggerMatch;
import io.pactwatch.extraction.extractor.trigger.TriggerPattern;
import io.pactwatch.schemas.Domain;
import io.pactwatch.schemas.Instrument;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneStatus;

/**
 * Reads one article: pre-filter, sentences, and for each sentence that may state a milestone,
 * tagging, triggers, status, parties, dates and classification; then the article's mentions
 * are consolidated. Stateless between articles, so one instance serves every thread.
 */
final class ArticleReader {

	private static final Logger log = LoggerFactory.getLogger(ArticleReader.class);

	/** "WASHINGTON, March 2 - ": a wire dateline names a place, never a party. */
	private static final Pattern DATELINE = Pattern
		.compile("^\\s*[A-Z][A-Za-z .,'&()/-]{1,60}?,\\s+(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}\\s+)?-\\s+");

	/** Events older than the news cycle (about a week before publication) are background. */
	private static final int NEWS_CYCLE_DAYS = 7;

	private final NlpPipeline nlp;

	private final KeywordPrefilter prefilter;

	/**
	 * The pre-filter of the patterns whose words are not common: a sentence that passes only the
	 * full pre-filter ("meeting", "joined") counts only where parties are named.
	 */
	private final KeywordPrefilter partyFreePrefilter;

	private final TriggerFinder triggers;

	private final StatusClassifier statuses;

	private final UnassertedMentions unasserted;

	private final BackgroundCues background;

	private final PartyFinder partyFinder;

	private final PartySelector partySelector;

	private final DateFinder dates;

	private final TermFinder terms;

	private final DomainClassifier domains;

	private final InstrumentClassifier instruments;

	private final AreasClassifier areas;

	private final WordClasses words;

	private final MilestoneConsolidator consolidator = new MilestoneConsolidator();

	private final ArgumentNames argumentNames;

	private final IndividualContracts individuals;

	ArticleReader(NlpPipeline nlp, KeywordPrefilter prefilter, KeywordPrefilter partyFreePrefilter, TriggerFinder triggers,
			StatusClassifier statuses,
			PartyFinder partyFinder, PartySelector partySelector, DateFinder dates, TermFinder terms,
			DomainClassifier domains, InstrumentClassifier instruments, AreasClassifier areas, WordClasses words) {
		this.nlp = nlp;
		this.prefilter = prefilter;
		this.partyFreePrefilter = partyFreePrefilter;
		this.triggers = triggers;
		this.statuses = statuses;
		this.unasserted = new UnassertedMentions(words);
		this.background = new BackgroundCues(words);
		this.individuals = new IndividualContracts(words);
		this.partyFinder = partyFinder;
		this.argumentNames = new ArgumentNames(partyFinder.officeHolders());
		this.partySelector = partySelector;
		this.dates = dates;
		this.terms = terms;
		this.domains = domains;
		this.instruments = instruments;
		this.areas = areas;
		this.words = words;
	}

	/** What one article is read with: its text and the state that carries from sentence to sentence. */
	private final class ArticleState {

		final ArticleText article;

		final String body;

		final LocalDate published;

		final Map<String, String> organisations;

		private Map<String, Integer> domainScores;

		final List<MilestoneCandidate> candidates = new ArrayList<>();

		final Map<Integer, List<PartyMention>> mentions = new HashMap<>();

		List<Sentence> sentences = List.of();

		int datelineEnd;

		List<String> context = new ArrayList<>();

		ArticleState(ArticleText article) {
			this.article = article;
			this.body = article.body();
			this.published = (article.publishedAt() != null)
					? LocalDate.ofInstant(article.publishedAt(), ZoneOffset.UTC) : null;
			this.organisations = ArticleReader.this.partyFinder.organisationNames(article.title(), this.body);
		}

		/** Keyword scores of the whole article, computed for the first milestone only. */
		Map<String, Integer> domainScores() {
			if (this.domainScores == null) {
				this.domainScores = ArticleReader.this.domains.articleScores(this.article.title(), this.body);
			}
			return this.domainScores;
		}

	}

	/**
	 * The article's milestones. A sentence that cannot be read is skipped (logged, and counted
	 * through {@code onFailure}) so that the rest of the article still counts.
	 */
	List<ExtractedMilestone> read(ArticleText article, Runnable onFailure) {
		if (!this.prefilter.mayMention(article.body())) {
			return List.of();
		}
		ArticleState r = new ArticleState(article);
		List<Sentence> sentences = this.nlp.sentences(r.body);
		int datelineEnd = datelineEnd(r.body);
		r.sentences = sentences;
		r.datelineEnd = datelineEnd;
		r.context = leadParties(r);
		boolean failed = false;
		for (Sentence sentence : sentences) {
			try {
				readSentence(r, sentence, Math.max(sentence.start(), datelineEnd));
			}
			catch (RuntimeException | StackOverflowError ex) {
				if (!failed) {
					log.warn("Extraction failed on a sentence of article {}; keeping the rest", article.id(), ex);
					onFailure.run();
				}
				failed = true;
			}
		}
		if (r.candidates.isEmpty()) {
			return List.of();
		}
		List<MilestoneCandidate> consolidated = this.consolidator.consolidate(r.candidates);
		Term term = findTerm(r, sentences);
		List<String> articleAreas = consolidated.isEmpty() ? List.of() : agreementAreas(r, sentences);
		List<ExtractedMilestone> results = new ArrayList<>();
		for (MilestoneCandidate c : consolidated) {
			results.add(toResult(c, term, articleAreas));
		}
		return results;
	}

	private void readSentence(ArticleState r, Sentence sentence, int from) {
		if (from >= sentence.end()) {
			return;
		}
		Set<String> sentenceWords = KeywordPrefilter.wordsOf(r.body, from, sentence.end());
		if (!this.prefilter.mayMention(sentenceWords)) {
			return;
		}
		boolean may = this.partyFreePrefilter.mayMention(sentenceWords);
		List<PartyMention> mentions = mentionsOf(r, sentence.index());
		if (!may && !namesParties(mentions) && !refersBackToParties(sentence.text())) {
			return; // "a board meeting", "joined the protest": common words, and no parties named
		}
		TaggedSentence tagged = this.nlp.tag(r.body, sentence);
		for (TriggerMatch match : this.triggers.find(tagged)) {
			MilestoneCandidate candidate = candidate(r, tagged, match, mentions, from);
			if (candidate != null) {
				r.candidates.add(candidate);
				if (candidate.parties().source() == PartyChoice.Source.NAMED) {
					r.context = candidate.parties().codes();
				}
			}
		}
	}

	/** An organisation, or two parties: enough for a meeting, an accession or "today's accord" to be one. */
	private static boolean namesParties(List<PartyMention> mentions) {
		return mentions.stream().anyMatch(m -> m.kind() == PartyKind.IGO)
				|| mentions.stream().map(PartyMention::code).distinct().count() >= 2;
	}

	/** "a meeting between the two sides": parties named earlier. */
	private boolean refersBackToParties(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return this.words.members(WordClasses.BACKREF).stream().anyMatch(lower::contains);
	}

	/** The parties a sentence names, found once and only when needed. */
	private List<PartyMention> mentionsOf(ArticleState r, int index) {
		List<PartyMention> mentions = r.mentions.get(index);
		if (mentions == null) {
			Sentence s = r.sentences.get(index);
			int from = Math.max(s.start(), r.datelineEnd);
			mentions = (from < s.end()) ? this.partyFinder.find(r.body, from, s.end(), r.published, r.organisations)
					: List.of();
			r.mentions.put(index, mentions);
		}
		return mentions;
	}

	private MilestoneCandidate candidate(ArticleState r, TaggedSentence tagged, TriggerMatch match,
			List<PartyMention> mentions, int from) {
		Sentence sentence = tagged.sentence();
		if (namesAnOrganisation(tagged, match, mentions)) {
			return null; // "Warsaw Pact exercises": a name, not an agreement
		}
		if (this.unasserted.reason(tagged, match) != null) {
			return null; // a condition, a possibility, an attempt, a stance or a topic: no status fits
		}
		Reading reading = this.statuses.classify(tagged, match);
		mentions = withArgumentNames(tagged, match, mentions, r.body);
		List<String> context = r.context;
		if (context.size() < 2) {
			List<String> pair = lastNamedPair(r, sentence.index());
			if (pair.size() >= 2 && !context.containsAll(pair)) {
				context = pair; // "the two countries" after a sentence naming them
			}
		}
		// "the failure of last week's ICO talks": the talks noun at the end of the match is the event's noun
		int eventNoun = (match.span().last() > match.head() && tagged.token(match.span().last()).isNoun())
				? match.span().last() : match.head();
		PartyChoice parties = this.partySelector.select(tagged, mentions, match.head(), eventNoun, context, r.body);
		int agreementNoun = this.instruments.nearestAgreementNoun(tagged, match.head());
		if (match.pattern().has(TriggerPattern.Option.TOPIC) && parties.source() == PartyChoice.Source.CONTEXT
				&& agreementNoun < 0 && !isSentenceSubject(tagged, match.head())
				&& !resumesTalks(tagged, match.head())) {
			return null; // talks of someone else's, or of nothing in particular
		}
		if (match.pattern().has(TriggerPattern.Option.COMPANY) && !changesHands(tagged, match.head(), parties)) {
			return null; // "acquired a 5 pct stake", "Egypt bought wheat": shares or goods, not a company
		}
		if (this.individuals.isIndividuals(tagged, match, parties)) {
			return null; // "the singer signed a deal with Sony": a person's own contract
		}
		if (isDomestic(tagged, mentions, parties)) {
			return null; // "cabinet ministers reached an agreement on budget cuts": one state's own business
		}
		if (isCompoundModifier(tagged, match)) {
			return null; // "a ratification formula", "extension talks": the word qualifies another noun
		}
		if (match.pattern().has(TriggerPattern.Option.STRICTTOPIC) && !isAboutAgreement(parties, mentions, agreementNoun)) {
			return null; // a meeting or a conference is talks only between named parties or about an agreement
		}
		if (match.pattern().has(TriggerPattern.Option.IGO)
				&& !NamedParticipants.organisationFollows(tagged, match.head(), mentions)) {
			return null; // "joined the protest": only joining an organisation is an accession
		}
		if (match.pattern().has(TriggerPattern.Option.MEETING) && !NamedParticipants.isMeetingOfParties(tagged,
				match.head(), this.partySelector.possibleParties(mentions, r.body), context,
				this.words.members(WordClasses.BACKREF))) {
			return null; // a board's or a cabinet's own meeting
		}
		Token head = tagged.token(match.head());
		List<DateMention> found = new ArrayList<>(
				this.dates.find(r.body, from, sentence.end(), r.published, reading.eventInPast()));
		Term term = this.terms.find(r.body, from, sentence.end(), r.published);
		if (term != null) {
			found.removeIf(d -> d.start() < term.to() && term.from() < d.end()); // the term is not the event's date
		}
		// "the delegation at the talks is leaving tomorrow": the date is the clause's, not the talks'
		DateMention date = StatusClassifier.PARTICIPANT.equals(reading.cue()) ? null : nearest(found, head);
		MilestoneStatus status = reading.status();
		if (StatusClassifier.TIME_REFERENCE.equals(reading.cue())
				|| date == null && status == MilestoneStatus.OCCURRED && isClauseVerb(tagged, match)
						&& this.background.opensTimeClause(tagged, match.head())) {
			return null; // "since the signing of the peace deal", "since the deal was signed": it dates another event
		}
		if (status == MilestoneStatus.NEGATED && this.unasserted.opensWithCondition(tagged)) {
			return null; // "If the delegation leaves, there's no negotiation": a threat, not a fact
		}
		if (match.pattern().has(TriggerPattern.Option.DONE) && status != MilestoneStatus.NEGATED) {
			status = MilestoneStatus.OCCURRED; // "today's agreement" was reached today
		}
		if (match.pattern().has(TriggerPattern.Option.PROSPECT) && match.head() > 0
				&& tagged.token(match.head() - 1).isNoun()) {
			return null; // "sources close to the deal": who speaks, not how far the deal is
		}
		if (match.pattern().has(TriggerPattern.Option.PROSPECT) && status != MilestoneStatus.NEGATED) {
			status = MilestoneStatus.EXPECTED; // "is near a deal", "close to an agreement": not reached yet
		}
		if (match.pattern().has(TriggerPattern.Option.NEGATEDONLY) && status != MilestoneStatus.NEGATED) {
			return null; // "no breakthrough" is news; "a breakthrough" is not yet an agreement
		}
		if (match.pattern().has(TriggerPattern.Option.OCCURREDONLY) && status != MilestoneStatus.OCCURRED) {
			return null; // "plans to acquire": a plan or a bid, not a deal
		}
		if (r.published != null) {
			LocalDate cutoff = r.published.minusDays(NEWS_CYCLE_DAYS);
			DateMention when = date;
			if (when == null && isPluperfectOrThen(tagged, match.head())) {
				when = paragraphFrame(r, sentence);
			}
			if (when != null && when.latestMeant().isBefore(cutoff)
					|| this.background.hasPastQualifier(tagged, match.head())) {
				status = MilestoneStatus.HISTORICAL; // dated before the cycle, or "a previous meeting"
			}
			else if (date == null && (isBackground(r, tagged, match.head(), status, found, cutoff)
					|| status == MilestoneStatus.OCCURRED && BackgroundCues.datedOnlyBefore(r.body, found, cutoff)
					|| BackgroundCues.opensWithDateBefore(r.body, from, found, cutoff))) {
				// "In 2005, the organisation arranged talks", "talks started in March 2007 when ...",
				// "Last May, a senator said it would be difficult to negotiate"
				status = MilestoneStatus.HISTORICAL;
			}
			else if (date == null && isRecalled(tagged, match, status, agreementNoun)) {
				status = MilestoneStatus.HISTORICAL; // "the state where the conventions were signed"
			}
			else if (date != null && status == MilestoneStatus.OCCURRED
					&& date.firstDay().isAfter(r.published) && !head.isPastForm()) {
				status = MilestoneStatus.EXPECTED; // "signs on Friday", "expires in October"
			}
		}
		if (date == null && status == MilestoneStatus.OCCURRED
				&& StatusClassifier.REDUCED_RELATIVE.equals(reading.cue())) {
			status = MilestoneStatus.HISTORICAL; // "agreements signed by the Community must...": a description
		}
		if (date == null && status == MilestoneStatus.OCCURRED && "present".equals(reading.cue())
				&& match.milestone() == Milestone.TERMINATED) {
			status = MilestoneStatus.EXPECTED; // "the pact expires": a scheduled expiry
		}
		Instrument instrument = this.instruments.instrumentAt(tagged, agreementNoun);
		Domain domain = this.domains.classify(sentence.text(), r.domainScores());
		double confidence = confidence(match, parties, reading);
		return new MilestoneCandidate(match.milestone(), status, parties, instrument, domain,
				agreementTitle(tagged, agreementNoun), (date != null) ? date.value() : null, sentence.index(),
				r.body.substring(from, sentence.end()), from, sentence.end(), confidence, reading.plannedBefore(),
				status == MilestoneStatus.NEGATED && StatusClassifier.DENIED.equals(reading.cue()));
	}

	/** The sentence's parties plus the bare organisation names in the trigger's party places ("Lufthansa agreed"). */
	private List<PartyMention> withArgumentNames(TaggedSentence tagged, TriggerMatch match, List<PartyMention> mentions,
			String body) {
		List<PartyMention> names = this.argumentNames.find(tagged, match.head(), subjectIsAgreement(tagged, match),
				mentions, body);
		if (names.isEmpty()) {
			return mentions;
		}
		List<PartyMention> all = new ArrayList<>(mentions);
		all.addAll(names);
		all.sort(Comparator.comparingInt(PartyMention::start));
		return all;
	}

	/** "the pact expires", "the ITA should be extended", "the accord was signed": the subject is the agreement. */
	private boolean subjectIsAgreement(TaggedSentence tagged, TriggerMatch match) {
		int head = match.head();
		if (match.pattern().has(TriggerPattern.Option.SUBJECT)
				|| match.span().first() < head && this.words.isAgreementNoun(tagged.token(match.span().first()))) {
			return true;
		}
		if (!tagged.token(head).isPastForm()) {
			return false;
		}
		for (int i = head - 1; i >= 0 && i >= head - 3; i--) {
			Token t = tagged.token(i);
			if ("be".equals(t.lemma())) {
				return true; // passive: the parties come after "by", if at all
			}
			if (!"AUX".equals(t.tag()) && !"ADV".equals(t.tag()) && !"PART".equals(t.tag())) {
				return false;
			}
		}
		return false;
	}

	/**
	 * A milestone among the bodies of one state (its cabinet, its provinces, its coalition): no
	 * other state, organisation or company is named, and a domestic body is.
	 */
	private boolean isDomestic(TaggedSentence tagged, List<PartyMention> mentions, PartyChoice parties) {
		if (parties.codes().size() > 1
				|| mentions.stream().anyMatch(m -> m.kind() == PartyKind.IGO || m.kind() == PartyKind.ORG)) {
			return false;
		}
		for (Token t : tagged.tokens()) {
			if (this.words.is(WordClasses.DOMESTIC_BODY, t)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isAboutAgreement(PartyChoice parties, List<PartyMention> mentions, int agreementNoun) {
		if (agreementNoun >= 0) {
			return true;
		}
		return parties.source() == PartyChoice.Source.NAMED
				&& (parties.codes().size() >= 2 || mentions.stream().anyMatch(m -> m.kind() == PartyKind.IGO));
	}

	/** A nominal trigger (other than signing or talks) directly followed by the noun it qualifies. */
	private static boolean isCompoundModifier(TaggedSentence tagged, TriggerMatch match) {
		if (!match.nominal() || match.milestone() == Milestone.SIGNED || match.milestone() == Milestone.TALKS
				|| match.head() + 1 >= tagged.size()) {
			return false;
		}
		Token next = tagged.token(match.head() + 1);
		return "NOUN".equals(next.tag()) && match.span().last() == match.head();
	}

	/**
	 * Whether an agreement word of the match, or its head, is part of an organisation's name
	 * ("Warsaw Pact", "the National Renewal Front").
	 */
	private boolean namesAnOrganisation(TaggedSentence tagged, TriggerMatch match, List<PartyMention> mentions) {
		Token head = tagged.token(match.head());
		if (Character.isUpperCase(head.text().charAt(0)) && mentions.stream()
			.anyMatch(m -> m.kind() == PartyKind.ORG && m.overlaps(head.start(), head.end()))) {
			return true;
		}
		for (int i = match.span().first(); i <= match.span().last(); i++) {
			Token token = tagged.token(i);
			if (this.words.isAgreementNoun(token)
					&& mentions.stream().anyMatch(m -> m.overlaps(token.start(), token.end()))) {
				return true;
			}
		}
		return false;
	}

	/** How far after the verb what was bought is read. */
	private static final int PURCHASE_REACH = 8;

	/** A company bought: an organisation is a party, and no share, stake or goods word follows the verb. */
	private boolean changesHands(TaggedSentence tagged, int head, PartyChoice parties) {
		if (parties.codes().stream().noneMatch(c -> c.startsWith("org:"))) {
			return false;
		}
		Token before = (head > 0) ? tagged.token(head - 1) : null;
		if (before != null && ("DET".equals(before.tag()) || "ADJ".equals(before.tag())) && head + 1 < tagged.size()
				&& tagged.token(head + 1).isNoun()) {
			return false; // "the acquired operation": a description, not an event
		}
		if (before != null && Set.of("is", "are", "be").contains(before.lower())) {
			return false; // "after the group is acquired", "would be acquired": not done yet
		}
		if (this.individuals.hasIndividualSubject(tagged, head)) {
			return false; // "he acquired Segway": a person's purchase
		}
		for (int i = head + 1; i < tagged.size() && i <= head + PURCHASE_REACH; i++) {
			Token t = tagged.token(i);
			if (t.isClauseBreak() || "by".equals(t.lower())) {
				return true; // "was acquired by Intel": the subject is what was bought
			}
			if (this.words.is(WordClasses.NOT_A_COMPANY, t)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "agreeing to resume negotiations", "we'll continue talks in Geneva": talks resumed or
	 * continued are the talks the article already reported, whose parties it named before.
	 */
	private boolean resumesTalks(TaggedSentence tagged, int head) {
		for (int i = head - 1; i >= 0 && i >= head - 3; i--) {
			Token t = tagged.token(i);
			if (this.words.is(WordClasses.RESUMPTION, t)) { // any tag: the tagger reads "resume" as a noun too
				return true;
			}
			if (!"DET".equals(t.tag()) && !"ADJ".equals(t.tag()) && !"NOUN".equals(t.tag())) {
				return false;
			}
		}
		return false;
	}

	/** "Talks are due to begin on Wednesday": the trigger opens the sentence, so it continues the article's story. */
	private static boolean isSentenceSubject(TaggedSentence tagged, int head) {
		for (int i = 0; i < head; i++) {
			if (tagged.token(i).isVerb()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "had entered into talks", "at the time", "that is when": an event placed at the time an
	 * earlier sentence of the paragraph gives.
	 */
	private boolean isPluperfectOrThen(TaggedSentence tagged, int head) {
		for (int i = Math.max(0, head - 6); i < head; i++) {
			if ("had".equals(tagged.token(i).lower())) {
				return true;
			}
		}
		String text = " " + tagged.sentence().text().toLowerCase(Locale.ROOT) + " ";
		return this.words.members(WordClasses.THEN_FRAME).stream().anyMatch(p -> text.contains(" " + p + " "));
	}

	/** An undated mention told only as a standing fact or to describe something else (see {@link BackgroundCues}). */
	private boolean isRecalled(TaggedSentence tagged, TriggerMatch match, MilestoneStatus status, int agreementNoun) {
		if (status != MilestoneStatus.NEGATED && this.background.isNamedAsFact(tagged, match.head())) {
			return true; // "among the countries to have signed", "the anniversary of the signing"
		}
		// "the state where the conventions were signed", "although Syria has signed the NPT, ..."
		return status == MilestoneStatus.OCCURRED && isClauseVerb(tagged, match)
				&& this.background.isInDescribingClause(tagged, match.head(), isNamed(tagged, agreementNoun));
	}

	/**
	 * A past verb heading its own clause ("was signed", "has signed"), not a noun or "-ing" form
	 * ("the signing") nor a present ("the countries where I meet leaders"): the clause rules of
	 * {@link BackgroundCues} read a past event told to describe or date something else.
	 */
	private static boolean isClauseVerb(TaggedSentence tagged, TriggerMatch match) {
		return !match.nominal() && tagged.token(match.head()).isPastForm();
	}

	/** "the Non-Proliferation Treaty": an agreement known by its name (capitalised inside the sentence). */
	private static boolean isNamed(TaggedSentence tagged, int agreementNoun) {
		return agreementNoun > 0 && Character.isUpperCase(tagged.token(agreementNoun).text().charAt(0));
	}

	/** An undated mention that the grammar places before the news cycle (see {@link BackgroundCues}). */
	private boolean isBackground(ArticleState r, TaggedSentence tagged, int head, MilestoneStatus status,
			List<DateMention> found, LocalDate cutoff) {
		if (status == MilestoneStatus.EXPECTED) {
			return false;
		}
		return this.background.isNarratedPluperfect(tagged, head)
				|| status == MilestoneStatus.OCCURRED && BackgroundCues.runsSinceBefore(r.body, found, cutoff);
	}

	/** How far (in characters) a date may sit from the trigger and still date it. */
	private static final int DATE_REACH = 70;

	/**
	 * The date nearest to the trigger, preferring one that follows it ("signed on February
	 * 24"); a date further away dates something else in the sentence.
	 */
	private static DateMention nearest(List<DateMention> found, Token head) {
		DateMention best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (DateMention d : found) {
			int distance = (d.start() >= head.end()) ? d.start() - head.end() : 2 * (head.start() - d.end());
			if (distance < bestDistance && distance <= DATE_REACH) {
				best = d;
				bestDistance = distance;
			}
		}
		return best;
	}

	/** The last date given by the sentences before this one in its paragraph ("Back in June, ..."). */
	private DateMention paragraphFrame(ArticleState r, Sentence sentence) {
		for (int i = sentence.index() - 1; i >= 0; i--) {
			Sentence s = r.sentences.get(i);
			if (s.paragraph() != sentence.paragraph()) {
				return null;
			}
			int from = Math.max(s.start(), r.datelineEnd);
			if (from < s.end()) {
				List<DateMention> found = this.dates.find(r.body, from, s.end(), r.published, true);
				if (!found.isEmpty()) {
					return found.get(found.size() - 1);
				}
			}
		}
		return null;
	}

	/** The parties of the last sentence before {@code index} naming two or more ("the two countries"). */
	private List<String> lastNamedPair(ArticleState r, int index) {
		for (int i = index - 1; i >= 0 && i >= index - 3; i--) {
			List<String> codes = this.partySelector.possibleParties(mentionsOf(r, i), r.body)
				.stream()
				.map(PartyMention::code)
				.distinct()
				.toList();
			if (codes.size() >= 2) {
				return codes;
			}
		}
		return List.of();
	}

	/**
	 * The parties of the headline and the lead sentence: who the article is about; failing
	 * those, the state or organisation the article names most.
	 */
	private List<String> leadParties(ArticleState r) {
		Map<String, Boolean> codes = new LinkedHashMap<>();
		String title = r.article.title();
		for (PartyMention m : this.partySelector.possibleParties(
				this.partyFinder.find(title, 0, title.length(), r.published, r.organisations), title)) {
			codes.put(m.code(), true);
		}
		if (!r.sentences.isEmpty()) {
			List<PartyMention> lead = mentionsOf(r, 0);
			if (!lead.isEmpty()) {
				// who reports the lead ("..., chairman Xuto of Thailand said") is not who agrees
				Sentence first = r.sentences.get(0);
				this.partySelector
					.principalParties(r.body, Math.max(first.start(), r.datelineEnd), first.end(), lead)
					.forEach(m -> codes.put(m.code(), true));
			}
		}
		if (codes.isEmpty()) {
			// an organisation's talks are the organisation's: its name counts double; a party named
			// once in passing (a host) is not what the article is about, nor are the states whose
			// delegates speak at a multilateral conference
			Map<String, Integer> counts = new LinkedHashMap<>();
			Map<String, Integer> named = new LinkedHashMap<>();
			for (int i = 0; i < r.sentences.size(); i++) {
				this.partySelector.possibleParties(mentionsOf(r, i), r.body)
					.stream()
					.filter(m -> m.kind() == PartyKind.IGO || m.kind() == PartyKind.ORG)
					.forEach(m -> {
						counts.merge(m.code(), (m.kind() == PartyKind.IGO) ? 2 : 1, Integer::sum);
						named.merge(m.code(), 1, Integer::sum);
					});
			}
			counts.entrySet()
				.stream()
				.filter(e -> named.get(e.getKey()) >= 2)
				.max(Map.Entry.comparingByValue())
				.ifPresent(e -> codes.put(e.getKey(), true));
		}
		return new ArrayList<>(codes.keySet());
	}

	private Term findTerm(ArticleState r, List<Sentence> sentences) {
		for (Sentence s : sentences) {
			Term term = this.terms.find(r.body, s.start(), s.end(), r.published);
			if (term != null) {
				return term;
			}
		}
		return null;
	}

	/** Areas of cooperation named in the sentences that speak of an agreement. */
	private List<String> agreementAreas(ArticleState r, List<Sentence> sentences) {
		StringBuilder text = new StringBuilder();
		for (Sentence s : sentences) {
			String lower = s.text().toLowerCase(Locale.ROOT);
			if (lower.contains("agreement") || lower.contains("pact") || lower.contains("accord")
					|| lower.contains("treaty") || lower.contains("cooperat")) {
				text.append(s.text()).append(' ');
			}
		}
		return this.areas.areas(text.toString());
	}

	private static String agreementTitle(TaggedSentence tagged, int noun) {
		if (noun < 0) {
			return null;
		}
		int start = noun;
		while (start > 0 && start > noun - 6) {
			Token t = tagged.token(start - 1);
			boolean modifier = "ADJ".equals(t.tag()) || t.isNoun() || "NUM".equals(t.tag()) || "-".equals(t.text());
			if (!modifier) {
				break;
			}
			start--;
		}
		int end = noun;
		while (end + 1 < tagged.size() && "PROPN".equals(tagged.token(noun).tag())
				&& "PROPN".equals(tagged.token(end + 1).tag())) {
			end++;
		}
		Token first = tagged.token(start);
		Token last = tagged.token(end);
		String body = tagged.sentence().text();
		int offset = tagged.sentence().start();
		return body.substring(first.start() - offset, last.end() - offset);
	}

	private static double confidence(TriggerMatch match, PartyChoice parties, Reading reading) {
		double confidence = match.nominal() ? 0.6 : 0.75;
		confidence += switch (parties.source()) {
			case NAMED -> 0.15;
			case BACK_REFERENCE -> 0.1;
			case CONTEXT -> 0.0;
			case NONE -> -0.1;
		};
		if ("present".equals(reading.cue()) || "nominal".equals(reading.cue())) {
			confidence -= 0.1;
		}
		return Math.round(Math.max(0.1, Math.min(0.95, confidence)) * 100) / 100.0;
	}

	private ExtractedMilestone toResult(MilestoneCandidate c, Term term, List<String> articleAreas) {
		List<Integer> order = new ArrayList<>();
		List<String> codes = c.parties().codes();
		for (int i = 0; i < codes.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing(codes::get));
		List<String> sortedCodes = order.stream().map(codes::get).toList();
		List<String> surfaces = order.stream().map(c.parties().surfaces()::get).toList();
		return new ExtractedMilestone(sortedCodes, surfaces, c.milestone(), c.status(), c.instrument(), c.domain(),
				c.agreementTitle(), c.date(), (term != null) ? term.start() : null, (term != null) ? term.end() : null,
				articleAreas, c.evidence(), c.evidenceStart(), c.evidenceEnd(), c.confidence());
	}

	private static int datelineEnd(String body) {
		Matcher m = DATELINE.matcher(body);
		return m.find() ? m.end() : 0;
	}

}
