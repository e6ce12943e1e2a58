package io.pactwatch.extraction.extractor.party;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pactwatch.extraction.extractor.text.TaggedSentence;
import io.pactwatch.extraction.extractor.text.Token;
import io.pactwatch.extraction.extractor.text.WordClasses;
import io.pactwatch.extraction.extractor.text.Words;

/**
 * Chooses, among the parties a sentence names, those that are parties to the agreement its
 * milestone is about:
 * <ul>
 * <li>places are not parties: a capital after "in"/"at" ("talks in Moscow");</li>
 * <li>a demonym stands for its state only when it qualifies a government body, an official or
 * the agreement ("Chinese officials", "the Soviet-American talks"), not for "Japanese banks" or
 * "British interests";</li>
 * <li>whoever reports is not a party: the attribution after the event (", Citibank said") and
 * the speaker before it ("Japanese officials said China and India signed"), unless the
 * speaker reports on itself ("Pechiney said it signed");</li>
 * <li>back-references ("the two nations", "both sides") and sentences that name no party
 * resolve to the parties named earlier in the article.</li>
 * </ul>
 */
public final class PartySelector {

	private static final Set<String> LOCATION_PREPOSITIONS = Set.of("in", "at", "near", "outside", "visiting");

	/** How many tokens after the trigger a party may still be named. */
	private static final int AFTER_HEAD_REACH = 15;

	/** The subject of a reported clause that is the speaker itself ("said it signed", "says he will not take part"). */
	private static final Set<String> SELF_PRONOUNS = Set.of("it", "they", "we", "its", "he", "she");

	private final WordClasses words;

	public PartySelector(WordClasses words) {
		this.words = words;
	}

	/**
	 * @param sentence the tagged sentence
	 * @param mentions the parties it names (dateline excluded)
	 * @param head the trigger's token index
	 * @param eventNoun the noun naming the event, whose modifiers may name its organisation
	 *     ("the ICO talks"); the head itself for most triggers
	 * @param context the parties of the article's agreement so far, for back-references
	 * @param body the article body
	 */
	public PartyChoice select(TaggedSentence sentence, List<PartyMention> mentions, int head, int eventNoun,
			List<String> context, String body) {
		List<PartyMention> candidates = new ArrayList<>(possibleParties(mentions, body));
		PartyMention organisation = organisationModifying(sentence, eventNoun, candidates);
		if (organisation != null) {
			// "the ICO talks", "an OPEC accord": the organisation's members act as the organisation
			return new PartyChoice(List.of(organisation.code()), List.of(organisation.surface()),
					PartyChoice.Source.NAMED);
		}
		// parties are named near the event: past the object, a sentence moves on to other things
		int reach = Math.min(
				(head + AFTER_HEAD_REACH < sentence.size()) ? sentence.token(head + AFTER_HEAD_REACH).start()
						: Integer.MAX_VALUE,
				subordinateClauseStart(sentence, head));
		List<PartyMention> far = new ArrayList<>();
		candidates.removeIf(m -> m.start() >= reach && far.add(m));

		List<PartyMention> main = new ArrayList<>();
		List<PartyMention> reporters = new ArrayList<>();
		int[] speaker = speakerRegion(sentence, head);
		int[] attribution = attributionRegion(sentence, head);
		boolean selfReport = speaker != null && speaker[2] == 1;
		for (PartyMention mention : candidates) {
			boolean bySpeaker = speaker != null && mention.start() < speaker[1];
			boolean byAttribution = attribution != null && mention.start() >= attribution[0]
					&& mention.start() < attribution[1];
			if (bySpeaker && !selfReport || byAttribution) {
				reporters.add(mention);
			}
			else {
				main.add(mention);
			}
		}
		reporters.removeIf(m -> isPersonsOrigin(m, body)); // "chairman Xuto of Thailand said": no party
		if (main.isEmpty() && !reporters.isEmpty() && !mentionsBackReference(sentence)) {
			main = reporters;
		}
		if (main.isEmpty() && !far.isEmpty()) {
			main = far;
		}
		List<PartyMention> named = new ArrayList<>(main);
		named.addAll(far); // "between" names the parties, however far after the event it stands
		List<PartyMention> between = reactsToEvent(sentence, head) ? namedBetween(sentence, head, named) : List.of();
		if (!between.isEmpty()) {
			main = between; // "Chad welcomed the signing of the deal between Sudan and the SLM": Chad only welcomes it
		}
		Map<String, String> chosen = new LinkedHashMap<>();
		for (PartyMention mention : main) {
			chosen.putIfAbsent(mention.code(), mention.surface());
		}
		PartyChoice.Source source = PartyChoice.Source.NAMED;
		if (mentionsBackReference(sentence) && chosen.size() < 2 && context.size() >= 2) {
			for (String code : context) {
				chosen.putIfAbsent(code, code);
			}
			source = PartyChoice.Source.BACK_REFERENCE;
		}
		if (chosen.size() == 1 && source == PartyChoice.Source.NAMED && context.size() >= 2 && between.isEmpty()
				&& context.containsAll(chosen.keySet()) && refersToKnownAgreement(sentence)) {
			// "Japan will ratify the agreement": the other parties are those the article named
			for (String code : context) {
				chosen.putIfAbsent(code, code);
			}
		}
		if (chosen.isEmpty()) {
			if (context.isEmpty()) {
				return PartyChoice.none();
			}
			for (String code : context) {
				chosen.put(code, code);
			}
			source = PartyChoice.Source.CONTEXT;
		}
		return new PartyChoice(new ArrayList<>(chosen.keySet()), new ArrayList<>(chosen.values()), source);
	}

	/** Conjunctions opening a clause about something else: "refused to take part until a UN force is deployed". */
	private static final Set<String> SUBORDINATORS = Set.of("until", "unless", "because", "although", "though",
			"whereas", "while");

	/** Where a subordinate clause after the trigger starts: who acts in it is no party to the milestone. */
	private static int subordinateClauseStart(TaggedSentence sentence, int head) {
		for (int i = head + 1; i < sentence.size(); i++) {
			if (SUBORDINATORS.contains(sentence.token(i).lower())) {
				return sentence.token(i).start();
			}
		}
		return Integer.MAX_VALUE;
	}

	/** Words that may sit between an organisation's name and the noun it qualifies ("ICO council meeting"). */
	private static final Set<String> MODIFIER_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "PART");

	/**
	 * The one intergovernmental organisation named among the words that qualify the trigger
	 * noun ("International Coffee Organization (ICO) talks", "an ICCO meeting"), when no other
	 * party qualifies it too ("EC-Comecon talks", "U.S.-EURATOM accords"); else {@code null}.
	 */
	private static PartyMention organisationModifying(TaggedSentence sentence, int head, List<PartyMention> candidates) {
		Token noun = sentence.token(head);
		if (!noun.isNoun()) {
			return null;
		}
		int first = head;
		while (first > 0 && head - first < 8) {
			Token t = sentence.token(first - 1);
			if (!MODIFIER_TAGS.contains(t.tag()) || ",".equals(t.text()) && !isBracketingComma(sentence, first - 1)) {
				break;
			}
			first--;
		}
		if (first == head) {
			return null;
		}
		int from = sentence.token(first).start();
		int to = noun.start();
		PartyMention found = null;
		for (PartyMention m : candidates) {
			if (m.start() >= from && m.end() <= to) {
				if (m.kind() != PartyKind.IGO || found != null && !found.code().equals(m.code())) {
					return null;
				}
				found = m;
			}
		}
		return found;
	}

	/** ", ICO," inside "the International Coffee Organisation, ICO, talks": an acronym set off by commas. */
	private static boolean isBracketingComma(TaggedSentence sentence, int index) {
		return index >= 2 && ",".equals(sentence.token(index - 2).text()) && sentence.token(index - 1).isNoun()
				|| index + 2 < sentence.size() && ",".equals(sentence.token(index + 2).text())
						&& sentence.token(index + 1).isNoun();
	}

	/** Words before a territory that make it what the agreement is about ("hand over Macao"). */
	private static final List<String> OBJECT_CUES = List.of("hand over", "handover of", "hand-over of", "return of",
			"transfer of", "sovereignty over", "future of", "status of", "control of", "withdrawal from", "colony of",
			"territory of", "enclave of");

	/** Words after a territory that make it what the agreement is about ("Macao will be handed over"). */
	private static final Pattern OBJECT_AFTER = Pattern.compile(
			"\\s+(?:question|issue|(?:will|would|is to|was to)\\s+(?:be\\s+)?(?:handed|returned|transferred|revert))\\b.*",
			Pattern.DOTALL);

	/** "the handover of Macao", "the Macao question": the territory is the object of the deal, not a party. */
	private static boolean isObjectOfAgreement(PartyMention mention, String body) {
		if (mention.kind() == PartyKind.IGO || mention.kind() == PartyKind.ORG) {
			return false;
		}
		String before = body.substring(Math.max(0, mention.start() - 40), mention.start()).toLowerCase(Locale.ROOT);
		int cut = before.lastIndexOf(',');
		String near = (cut >= 0) ? before.substring(cut + 1) : before;
		for (String cue : OBJECT_CUES) {
			int at = near.lastIndexOf(cue);
			if (at >= 0 && Words.split(near, at + cue.length(), near.length()).size() <= 2) {
				return true;
			}
		}
		String after = body.substring(mention.end(), Math.min(body.length(), mention.end() + 30)).toLowerCase(Locale.ROOT);
		return OBJECT_AFTER.matcher(after).matches();
	}

	/** "Manaspas Xuto of Thailand": a first and last name before "of" (not "the Government of Japan"). */
	private static final Pattern PERSON_OF = Pattern
		.compile(".*\\b[A-Z][a-z]+ [A-Z][a-z]+ of $", Pattern.DOTALL);

	private static final Pattern OFFICE_OF_STATE = Pattern
		.compile("\\b(?:Ministers?|Presidents?|Premiers?|Chancellor|King|Queen|Ambassador|Secretary|Envoy|Delegate)\\b");

	/**
	 * "Xuto of Thailand": where a person comes from, which says who the article is about only when
	 * the person acts for the state in the sentence ("Prime Ministers Zhao Ziyang of China ... signed").
	 */
	public static boolean isPersonsOrigin(PartyMention mention, String body) {
		if (!mention.kind().isState()) {
			return false;
		}
		String before = body.substring(Math.max(0, mention.start() - 40), mention.start());
		if (OFFICE_OF_STATE.matcher(before).find()) {
			return false; // "Prime Ministers Zhao Ziyang of China": the office acts for the state
		}
		return PERSON_OF.matcher(before).matches()
				&& !before.matches("(?s).*\\b(?:Republic|Kingdom|Government|Bank|Ministry|Embassy|State|States|People|Union|Council|Parliament|Prime Minister|President) of $");
	}

	/** "Corpus Christi, Texas", "Reykjavik, Iceland": a state named after a town is where, not who. */
	private static boolean isPlaceOfTown(PartyMention mention, List<PartyMention> mentions, String body) {
		if (!mention.kind().isState() || mention.start() < 3 || body.charAt(mention.start() - 2) != ',') {
			return false;
		}
		int end = mention.start() - 2;
		int start = end;
		while (start > 0 && Character.isLetter(body.charAt(start - 1))) {
			start--;
		}
		if (start == end || !Character.isUpperCase(body.charAt(start))) {
			return false;
		}
		int wordStart = start;
		// "in Reykjavik, Iceland": a capital before its state is a place too
		return mentions.stream().noneMatch(m -> m.overlaps(wordStart, end) && m.kind() != PartyKind.CAPITAL);
	}

	private static boolean isPlace(PartyMention mention, String body) {
		if (mention.kind() != PartyKind.CAPITAL) {
			return false;
		}
		int i = mention.start() - 1;
		while (i >= 0 && body.charAt(i) == ' ') {
			i--;
		}
		int end = i + 1;
		while (i >= 0 && Character.isLetter(body.charAt(i))) {
			i--;
		}
		String previous = body.substring(i + 1, end).toLowerCase(Locale.ROOT);
		return LOCATION_PREPOSITIONS.contains(previous);
	}

	/**
	 * "Israel's ambassador to the United States", "the UN envoy to Sudan": the state an envoy is
	 * posted to is part of a person's title, not a party to what the envoy speaks of.
	 */
	private boolean isPostOfEnvoy(PartyMention mention, String body) {
		List<String> before = Words.split(body, Math.max(0, mention.start() - 40), mention.start())
			.stream()
			.map(Words.Word::text)
			.toList();
		int last = before.size() - 1;
		if (last >= 0 && "the".equalsIgnoreCase(before.get(last))) {
			last--;
		}
		return last >= 1 && "to".equalsIgnoreCase(before.get(last))
				&& this.words.is(WordClasses.ENVOY, before.get(last - 1).toLowerCase(Locale.ROOT));
	}

	/** How many words may stand between a city and the agreement it names ("the Paris climate accord"). */
	private static final int CITY_NAME_REACH = 2;

	/**
	 * "the Paris climate accord", "the Minsk agreement": a capital that names an agreement after
	 * the city where it was concluded is no party to it ("the Moscow-Kiev deal" pairs two parties).
	 */
	private boolean namesAnAgreement(PartyMention mention, String body) {
		if (mention.kind() != PartyKind.CAPITAL || mention.start() < 4
				|| !body.regionMatches(true, mention.start() - 4, "the ", 0, 4)
				|| mention.end() >= body.length() || body.charAt(mention.end()) != ' ') {
			return false;
		}
		List<Words.Word> after = Words.split(body, mention.end(), Math.min(body.length(), mention.end() + 40));
		for (int i = 0; i < after.size() && i <= CITY_NAME_REACH; i++) {
			if (this.words.is(WordClasses.AGREEMENT, after.get(i).text().toLowerCase(Locale.ROOT))) {
				return true; // "the Paris climate accord", "the Oslo Peace Accords"
			}
		}
		return false;
	}

	/**
	 * "a US troop withdrawal", "U.S. forces", "the UK economy": a state's name qualifying its
	 * troops, currency or economy stands for no party ("the Iraq-US troop agreement" pairs two).
	 */
	private boolean isAttributiveState(PartyMention mention, String body) {
		if (mention.kind() != PartyKind.STATE || mention.end() + 1 >= body.length() || body.charAt(mention.end()) != ' '
				|| mention.start() > 0 && body.charAt(mention.start() - 1) == '-') {
			return false;
		}
		List<Words.Word> next = Words.split(body, mention.end(), Math.min(body.length(), mention.end() + 30));
		return !next.isEmpty() && this.words.is(WordClasses.NOT_STATE_HEAD, next.get(0).text());
	}

	/**
	 * "Texas Instruments", "Virginia Tech": a region's name followed by another capitalised word
	 * names something else, unless that word is one of the region's offices ("Hawaii Governor").
	 */
	private boolean opensLongerName(PartyMention mention, String body) {
		if (mention.kind() != PartyKind.REGION || mention.end() + 1 >= body.length() || body.charAt(mention.end()) != ' ') {
			return false;
		}
		List<Words.Word> next = Words.split(body, mention.end(), Math.min(body.length(), mention.end() + 30));
		if (next.isEmpty()) {
			return false;
		}
		String word = next.get(0).text();
		return Character.isUpperCase(word.charAt(0)) && !this.words.is(WordClasses.REGION_OFFICE, word);
	}

	/**
	 * "the United Steelworkers of America", "Shell of Britain": a state after an organisation's
	 * name and "of" belongs to the name, or says where the organisation is; it is no party.
	 */
	private static boolean endsOrganisationName(PartyMention mention, List<PartyMention> mentions, String body) {
		if (mention.kind() == PartyKind.ORG || mention.kind() == PartyKind.IGO || mention.start() < 4
				|| !body.startsWith(" of ", mention.start() - 4)) {
			return false;
		}
		int nameEnd = mention.start() - 4;
		return mentions.stream().anyMatch(m -> m.kind() == PartyKind.ORG && m.end() == nameEnd);
	}

	/** A legal suffix the mention may have left out, then the possessive: " Corp's ", "'s ". */
	private static final Pattern PARENT_POSSESSIVE = Pattern.compile("(?:\\s+[A-Z][A-Za-z]{0,5}\\.?)?['\u2019]s\\s+");

	/**
	 * "LTV Corp's LTV Aircraft Products Group said it won": the unit acts; its parent, named in
	 * the possessive right before it, is no party of its own.
	 */
	private static boolean isParentOfUnit(PartyMention mention, List<PartyMention> mentions, String body) {
		if (mention.kind() != PartyKind.ORG) {
			return false;
		}
		Matcher possessive = PARENT_POSSESSIVE.matcher(body).region(mention.end(), Math.min(body.length(), mention.end() + 16));
		if (!possessive.lookingAt()) {
			return false;
		}
		int unitStart = possessive.end();
		return mentions.stream().anyMatch(m -> m.kind() == PartyKind.ORG && m.start() == unitStart);
	}

	/** How far before the event the verb of a reaction to it may stand ("welcomed the signing of"). */
	private static final int REACTION_REACH = 6;

	/** "Chad welcomed the signing", "Egypt hailed the agreement": the clause reacts to an event of others. */
	private boolean reactsToEvent(TaggedSentence sentence, int head) {
		for (int i = head - 1; i >= 0 && i >= head - REACTION_REACH; i--) {
			Token t = sentence.token(i);
			if (t.isClauseBreak() || ",".equals(t.text())) {
				return false;
			}
			if (t.isVerb()) {
				return this.words.is(WordClasses.REACTION, t);
			}
		}
		return false;
	}

	/** How far after the event its "between" may stand ("the signing of the peace deal between"). */
	private static final int BETWEEN_REACH = 10;

	/**
	 * The mentions after the event's "between" ("between Sudan and the SLM", "between the warring
	 * Sudanese parties"), if any; else none. The phrase names the parties, so whoever else the
	 * clause names is a bystander.
	 */
	private static List<PartyMention> namedBetween(TaggedSentence sentence, int head, List<PartyMention> main) {
		for (int i = head + 1; i < sentence.size() && i <= head + BETWEEN_REACH; i++) {
			Token t = sentence.token(i);
			if (t.isClauseBreak() || ",".equals(t.text()) || t.isVerb()) {
				return List.of();
			}
			if ("between".equals(t.lower())) {
				int from = t.end();
				List<PartyMention> after = main.stream().filter(m -> m.start() >= from).toList();
				return after;
			}
		}
		return List.of();
	}

	/** The mentions that may name a party: not places, hosts, or demonyms qualifying something else. */
	public List<PartyMention> possibleParties(List<PartyMention> mentions, String body) {
		List<PartyMention> parties = new ArrayList<>();
		for (PartyMention mention : mentions) {
			if (!isPlace(mention, body) && (mention.kind() != PartyKind.DEMONYM || isStateUse(mention, body))
					&& !qualifiesAnOrganisation(mention, mentions, body) && !isHost(mention, mentions, body)
					&& !isObjectOfAgreement(mention, body) && !isPlaceOfTown(mention, mentions, body)
					&& !isPostOfEnvoy(mention, body) && !namesAnAgreement(mention, body)
					&& !isAttributiveState(mention, body) && !opensLongerName(mention, body)
					&& !isParentOfUnit(mention, mentions, body) && !endsOrganisationName(mention, mentions, body)) {
				parties.add(mention);
			}
		}
		return parties;
	}

	/** Words by which a sentence reports speech. */
	private static final Pattern REPORTING_WORD = Pattern
		.compile("\\b(?:said|says|told|tells|announced|announces|reported|added|adds|stated|quoted|confirmed|noted"
				+ "|disclosed|claimed|according)\\b");

	/** "said it signed", not the empty "it" of "said it was imperative to settle". */
	private static final Pattern SELF_AFTER = Pattern
		.compile("\\s+(?:that\\s+)?(?:it|they|we|its)\\b(?!\\s+(?:is|was|would be|will be)\\s+\\w+(?:ble|ive|ant|ent|ary|ful|ic|al|y)\\b)");

	/**
	 * The parties the sentence {@code body[from, to)} is about, without whoever reports it: the
	 * attribution after a comma (", chairman Xuto of Thailand said") and the speaker before a
	 * reporting verb ("Japanese officials said China and India signed"), unless the speaker
	 * reports on itself ("Mexico said it signed"). Read from the words alone, so that the lead
	 * sentence of every article need not be tagged.
	 */
	public List<PartyMention> principalParties(String body, int from, int to, List<PartyMention> mentions) {
		List<PartyMention> parties = possibleParties(mentions, body);
		Matcher reporting = REPORTING_WORD.matcher(body).region(from, to);
		if (!reporting.find()) {
			return parties;
		}
		int verb = reporting.start();
		int before = verb - 1;
		while (before > from && Character.isWhitespace(body.charAt(before))) {
			before--;
		}
		// "The chairman, Xuto of Thailand, said": a comma right before the verb closes an apposition
		int comma = body.lastIndexOf(',', before - 1);
		List<PartyMention> kept = new ArrayList<>();
		if (comma >= from && body.charAt(before) != ',') {
			parties.stream().filter(m -> m.start() < comma).forEach(kept::add);
			return kept;
		}
		Matcher self = SELF_AFTER.matcher(body).region(reporting.end(), to);
		if (self.lookingAt()) {
			return parties; // "Mexico said it signed": the speaker is the party
		}
		int after = reporting.end();
		parties.stream().filter(m -> m.start() >= after).forEach(kept::add);
		return kept;
	}

	/** What may sit between a state's name and the organisation it qualifies: nothing, or a few lower-case words. */
	private static final Pattern ORGANISATION_QUALIFIER = Pattern
		.compile("\\.?\\s*(?:(?!(?:and|or|nor|but|with|against|versus|vs|to|from|by|of|between|than)\\s)[a-z][a-z-]*\\s+){0,3}");

	/**
	 * "the U.S. Panhandle group": a state name qualifying a company is not a party of its own; a
	 * conjunction or preposition between them ("Israel and Hamas") pairs two parties instead.
	 */
	private static boolean qualifiesAnOrganisation(PartyMention mention, List<PartyMention> mentions, String body) {
		if (!mention.kind().isState()) {
			return false;
		}
		for (PartyMention other : mentions) {
			if (other.kind() == PartyKind.ORG && other.start() > mention.end()
					&& ORGANISATION_QUALIFIER.matcher(body.substring(mention.end(), other.start())).matches()) {
				return true; // "the U.S. Panhandle group", "Soviet central bank Gosbank"
			}
		}
		return false;
	}

	/**
	 * "under the auspices of the United Nations", "a United Nations conference on rubber": the host
	 * or convener of the talks is not a party to them, nor is the acronym that follows it ("(UNCTAD)").
	 */
	private static boolean isHost(PartyMention mention, List<PartyMention> mentions, String body) {
		int from = Math.max(0, mention.start() - 30);
		String before = body.substring(from, mention.start()).toLowerCase(Locale.ROOT);
		if (before.contains("auspices of") || before.contains("hosted by") || before.contains("chaired by")
				|| before.contains("mediated by") || before.contains("brokered by") || before.contains("sponsored by")) {
			return true;
		}
		if (mention.kind() != PartyKind.IGO) {
			return false;
		}
		String after = body.substring(mention.end(), Math.min(body.length(), mention.end() + 12)).toLowerCase(Locale.ROOT);
		if (after.startsWith(" conference")) {
			return true;
		}
		for (PartyMention other : mentions) {
			if (other != mention && other.end() <= mention.start() && other.kind() == PartyKind.IGO
					&& body.substring(other.end(), mention.start()).matches("[^()]{0,50}\\(\\s*")
					&& isHost(other, mentions, body)) {
				return true; // "the U.N. Conference on Trade and Development (UNCTAD)"
			}
		}
		return false;
	}

	/** Words right after a demonym used as a noun ("the Soviets said"): the people stand for the state. */
	private static final Set<String> PREDICATE_STARTS = Set.of("said", "say", "says", "have", "has", "had", "are",
			"were", "will", "would", "agreed", "signed", "want", "wanted", "reject", "rejected");

	/** "Chinese and Russian officials", "Soviet negotiators": the demonym qualifies a state body. */
	private boolean isStateUse(PartyMention mention, String body) {
		int end = Math.min(body.length(), mention.end() + 80);
		int stop = body.indexOf('\n', mention.end());
		if (stop >= 0 && stop < end) {
			end = stop;
		}
		List<Words.Word> next = Words.split(body, mention.end(), end);
		if (!next.isEmpty() && body.charAt(mention.end()) == '-'
				&& Set.of("led", "backed", "ruled", "based", "owned", "run", "controlled", "made")
					.contains(next.get(0).text().toLowerCase(Locale.ROOT))) {
			return false; // "Soviet-led Comecon", "Portuguese-ruled Macao": another entity
		}
		if (next.isEmpty() || !body.substring(mention.end(), next.get(0).start()).isBlank()
				&& !body.substring(mention.end(), next.get(0).start()).trim().equals("-")) {
			return true; // followed by punctuation: used as a noun ("talks with the Soviets.")
		}
		int seen = 0;
		for (Words.Word word : next) {
			String lower = word.text().toLowerCase(Locale.ROOT);
			if (seen == 0 && PREDICATE_STARTS.contains(lower)) {
				return true;
			}
			if (this.words.is(WordClasses.STATE_HEAD, lower)) {
				return true;
			}
			if (!"and".equals(lower) && !Character.isUpperCase(word.text().charAt(0))) {
				seen++;
			}
			if (seen >= 3) {
				break;
			}
		}
		return false;
	}

	/**
	 * A reporting verb before the head: {start, end offset of the speaker, 1 if the reported
	 * clause's subject is a pronoun standing for the speaker}, or {@code null}.
	 */
	private int[] speakerRegion(TaggedSentence sentence, int head) {
		for (int i = head - 1; i > 0; i--) {
			Token token = sentence.token(i);
			if (isReporting(token)) {
				int next = i + 1;
				while (next < sentence.size() && "ADV".equals(sentence.token(next).tag())) {
					next++;
				}
				if (next < sentence.size() && "that".equals(sentence.token(next).lower())) {
					next++;
				}
				boolean self = isSelfReference(sentence, next);
				return new int[] { sentence.sentence().start(), token.start(), self ? 1 : 0 };
			}
		}
		return null;
	}

	/**
	 * "said it signed", "said it was ready for talks", not the empty "it" of "said it was
	 * imperative to settle" or "said it was likely that ...".
	 */
	private boolean isSelfReference(TaggedSentence sentence, int index) {
		if (index >= sentence.size() || !SELF_PRONOUNS.contains(sentence.token(index).lower())) {
			return false;
		}
		if ("it".equals(sentence.token(index).lower()) && index + 2 < sentence.size()
				&& "be".equals(sentence.token(index + 1).lemma()) && "ADJ".equals(sentence.token(index + 2).tag())) {
			return isReadiness(sentence, index + 2); // "it was open to talks": the speaker's own readiness
		}
		return true;
	}

	/** "ready to sign", "open to talks", but not "likely that": an adjective only a party can be. */
	private boolean isReadiness(TaggedSentence sentence, int adjective) {
		Token t = sentence.token(adjective);
		boolean clause = adjective + 1 < sentence.size() && "that".equals(sentence.token(adjective + 1).lower());
		return !clause && (this.words.is(WordClasses.READINESS, t) || this.words.is(WordClasses.EXPECT_GOVERNOR, t));
	}

	/** ", X said" or "according to X" after the head: {start, end} offsets, or {@code null}. */
	private int[] attributionRegion(TaggedSentence sentence, int head) {
		for (int i = head + 1; i < sentence.size(); i++) {
			Token token = sentence.token(i);
			if ("according".equals(token.lower())) {
				return new int[] { token.start(), sentence.sentence().end() };
			}
			if (isReporting(token)) {
				for (int j = i - 1; j > head; j--) {
					String text = sentence.token(j).text();
					if (",".equals(text) || "\"".equals(text) || "''".equals(text)) {
						return new int[] { sentence.token(j).start(), sentence.sentence().end() };
					}
				}
				return null;
			}
		}
		return null;
	}

	private boolean isReporting(Token token) {
		return "VERB".equals(token.tag()) && this.words.is(WordClasses.REPORTING, token.lemma());
	}

	/** "the agreement", "the pact", "the talks", "it": a definite reference to what the article is about. */
	private boolean refersToKnownAgreement(TaggedSentence sentence) {
		for (int i = 1; i < sentence.size(); i++) {
			Token token = sentence.token(i);
			String previous = sentence.token(i - 1).lower();
			if (("the".equals(previous) || "this".equals(previous) || "their".equals(previous))
					&& (this.words.isAgreementNoun(token) || "talks".equals(token.lower())
							|| "negotiations".equals(token.lower()))) {
				return true;
			}
		}
		return false;
	}

	private boolean mentionsBackReference(TaggedSentence sentence) {
		String text = sentence.sentence().text().toLowerCase(Locale.ROOT);
		for (String phrase : this.words.members(WordClasses.BACKREF)) {
			if (text.contains(phrase)) {
				return true;
			}
		}
		return false;
	}

}
