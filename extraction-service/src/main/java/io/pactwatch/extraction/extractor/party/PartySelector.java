package io.pactwatch.extraction.extractor.party;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

	private static final Set<String> SELF_PRONOUNS = Set.of("it", "they", "we", "its");

	private final WordClasses words;

	public PartySelector(WordClasses words) {
		this.words = words;
	}

	/**
	 * @param sentence the tagged sentence
	 * @param mentions the parties it names (dateline excluded)
	 * @param head the trigger's token index
	 * @param context the parties of the article's agreement so far, for back-references
	 * @param body the article body
	 */
	public PartyChoice select(TaggedSentence sentence, List<PartyMention> mentions, int head, List<String> context,
			String body) {
		List<PartyMention> candidates = new ArrayList<>(possibleParties(mentions, body));
		// parties are named near the event: past the object, a sentence moves on to other things
		int reach = (head + AFTER_HEAD_REACH < sentence.size()) ? sentence.token(head + AFTER_HEAD_REACH).start()
				: Integer.MAX_VALUE;
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
		if (main.isEmpty() && !reporters.isEmpty() && !mentionsBackReference(sentence)) {
			main = reporters;
		}
		if (main.isEmpty() && !far.isEmpty()) {
			main = far;
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
		if (chosen.size() == 1 && source == PartyChoice.Source.NAMED && context.size() >= 2
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

	/** The mentions that may name a party: not places, hosts, or demonyms qualifying something else. */
	public List<PartyMention> possibleParties(List<PartyMention> mentions, String body) {
		List<PartyMention> parties = new ArrayList<>();
		for (PartyMention mention : mentions) {
			if (!isPlace(mention, body) && (mention.kind() != PartyKind.DEMONYM || isStateUse(mention, body))
					&& !qualifiesAnOrganisation(mention, mentions, body) && !isHost(mention, body)) {
				parties.add(mention);
			}
		}
		return parties;
	}

	/** "the U.S. Panhandle group": a state name qualifying a company is not a party of its own. */
	private static boolean qualifiesAnOrganisation(PartyMention mention, List<PartyMention> mentions, String body) {
		if (!mention.kind().isState()) {
			return false;
		}
		for (PartyMention other : mentions) {
			if (other.kind() == PartyKind.ORG && other.start() > mention.end()
					&& body.substring(mention.end(), other.start()).isBlank()) {
				return true;
			}
		}
		return false;
	}

	/** "under the auspices of the United Nations": the host of the talks is not a party to them. */
	private static boolean isHost(PartyMention mention, String body) {
		int from = Math.max(0, mention.start() - 30);
		String before = body.substring(from, mention.start()).toLowerCase(Locale.ROOT);
		return before.contains("auspices of") || before.contains("hosted by") || before.contains("chaired by")
				|| before.contains("mediated by") || before.contains("brokered by");
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
				boolean self = next < sentence.size() && SELF_PRONOUNS.contains(sentence.token(next).lower());
				return new int[] { sentence.sentence().start(), token.start(), self ? 1 : 0 };
			}
		}
		return null;
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
