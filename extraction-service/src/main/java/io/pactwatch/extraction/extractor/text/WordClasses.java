package io.pactwatch.extraction.extractor.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Closed classes of words the rules refer to by name ({@code extraction/word-classes.tsv}):
 * agreement nouns, modals, negators, the verbs that govern an infinitive... Multi-word members
 * are written with underscores in the file and kept with spaces.
 */
public final class WordClasses {

	public static final String AGREEMENT = "AGREEMENT";

	public static final String EXPECT_GOVERNOR = "EXPECT_GOVERNOR";

	public static final String NEGATE_GOVERNOR = "NEGATE_GOVERNOR";

	/** Verbs of taking part "in" an event: the event is their object ("will not participate in talks"). */
	public static final String PARTICIPATION = "PARTICIPATION";

	/** Verbs that take up talks already under way or held before ("resume negotiations"). */
	public static final String RESUMPTION = "RESUMPTION";

	public static final String MODAL = "MODAL";

	public static final String NEGATOR = "NEGATOR";

	public static final String FUTURE_CUE = "FUTURE_CUE";

	public static final String NEGATIVE_CUE = "NEGATIVE_CUE";

	public static final String HEDGE = "HEDGE";

	public static final String REPORTING = "REPORTING";

	public static final String BACKREF = "BACKREF";

	public static final String NOT_AGREEMENT = "NOT_AGREEMENT";

	/** Forms of agreement nouns that mostly mean something else ("withdraw from their settlements"). */
	public static final String OTHER_SENSE = "OTHER_SENSE";

	public static final String REALISING = "REALISING";

	public static final String ASPECTUAL = "ASPECTUAL";

	public static final String STATE_HEAD = "STATE_HEAD";

	public static final String TOPIC_VERB = "TOPIC_VERB";

	public static final String PLANNED = "PLANNED";

	public static final String DOMESTIC_BODY = "DOMESTIC_BODY";

	public static final String GOAL_NOUN = "GOAL_NOUN";

	public static final String PAST_CUE = "PAST_CUE";

	public static final String EVENT_NOUN = "EVENT_NOUN";

	/** Phrases that place an event at a time an earlier sentence gives ("that is when", "at the time"). */
	public static final String THEN_FRAME = "THEN_FRAME";

	/** People whose own contracts are out of scope: entertainers, athletes ("the singer signed"). */
	public static final String INDIVIDUAL = "INDIVIDUAL";

	/** Personal pronouns: "she signed a deal", "signed his contract". */
	public static final String INDIVIDUAL_PRONOUN = "INDIVIDUAL_PRONOUN";

	/** Who an individual signs with ("a deal with former employer HBO"). */
	public static final String INDIVIDUAL_COUNTERPART = "INDIVIDUAL_COUNTERPART";

	/** Titles of envoys, before "to" and the state they are posted to ("ambassador to Japan"). */
	public static final String ENVOY = "ENVOY";

	/** Adjectives of readiness before "to" and a nominal event ("open to talks"): it is still to come. */
	public static final String READINESS = "READINESS";

	/** Subject pronouns of a person speaking: "he talks to her" is no negotiation. */
	public static final String SPEAKER = "SPEAKER";

	/** Whom a person talks to: "talks to reporters", "talks to her". */
	public static final String LISTENER = "LISTENER";

	/** Nouns that propose a milestone ("an offer to hold talks", "calls for negotiations"). */
	public static final String PROPOSAL = "PROPOSAL";

	/** Verbs that reject a proposal ("declined an offer", "rejected calls"). */
	public static final String REJECTION = "REJECTION";

	/** Nouns a state's name may qualify without standing for a party ("US troops", "the UK economy"). */
	public static final String NOT_STATE_HEAD = "NOT_STATE_HEAD";

	public static final String REGION_OFFICE = "REGION_OFFICE";

	/** Verbs of a bystander's reaction to an event ("Chad welcomed the signing of the deal between ..."). */
	public static final String REACTION = "REACTION";

	/** What an acquisition of which is no deal between firms: shares, stakes, goods ("acquired a 5 pct stake"). */
	public static final String NOT_A_COMPANY = "NOT_A_COMPANY";

	/** Phrasal verbs (lemma and particle) that reject what follows ("ruled out talks"). */
	public static final String PHRASAL_REJECTION = "PHRASAL_REJECTION";

	/** Verbs of weighing a step before its -ing form ("considering signing"): the step is still to come. */
	public static final String CONSIDERATION = "CONSIDERATION";

	/** Verbs that put a nominal event off: "the signing was postponed" is still to come. */
	public static final String POSTPONING = "POSTPONING";

	/** Verbs that call a nominal event off: "the signing was cancelled" will not happen. */
	public static final String CANCELLING = "CANCELLING";

	/** Adverbs by which a verb did not quite happen ("nearly signed"). */
	public static final String NEAR_MISS = "NEAR_MISS";

	/** Verbs that finish a process: talks "nearly completed" are still under way. */
	public static final String FINISHING = "FINISHING";

	/** Words of time after a preposition: "talks on Friday" are dated, not about Friday. */
	public static final String TIME_WORD = "TIME_WORD";

	/** Words opening a relative clause that describes a place by an event there ("the state where ..."). */
	public static final String PLACE_RELATIVE = "PLACE_RELATIVE";

	/** Nouns of time a "when" clause may describe by an event ("the year when ..."). */
	public static final String TIME_ANTECEDENT = "TIME_ANTECEDENT";

	/** Conjunctions of a concessive clause ("although Syria has signed the treaty, ..."). */
	public static final String CONCESSIVE = "CONCESSIVE";

	/** Conjunctions whose clause only dates another event ("since the deal was signed"). */
	public static final String TIME_CLAUSE = "TIME_CLAUSE";

	/** Nouns and present-tense verbs that commemorate an old event ("the anniversary of the signing"). */
	public static final String COMMEMORATION = "COMMEMORATION";

	private final Map<String, Set<String>> classes;

	public WordClasses(Map<String, Set<String>> classes) {
		this.classes = Map.copyOf(classes);
	}

	public static WordClasses load(String resource) {
		Map<String, Set<String>> classes = new HashMap<>();
		for (String[] row : DataFile.rows(resource)) {
			if (row.length < 2) {
				continue;
			}
			Set<String> words = new HashSet<>();
			for (String word : row[1].trim().split("\\s+")) {
				words.add(word.replace('_', ' '));
			}
			classes.merge(row[0].trim(), words, (a, b) -> {
				a.addAll(b);
				return a;
			});
		}
		return new WordClasses(classes);
	}

	/** Whether a (lower-case) word or lemma belongs to the class. */
	public boolean is(String className, String word) {
		return members(className).contains(word);
	}

	public Set<String> members(String className) {
		Set<String> members = this.classes.get(className);
		if (members == null) {
			throw new IllegalArgumentException("No word class " + className);
		}
		return members;
	}

	/** Whether a token belongs to the class by its lemma or its lower-case form. */
	public boolean is(String className, Token token) {
		Set<String> members = members(className);
		return members.contains(token.lemma()) || members.contains(token.lower());
	}

	/** Whether an agreement noun: a noun or name whose lemma names an agreement ("pact", "accord"). */
	public boolean isAgreementNoun(Token token) {
		return !token.isVerb() && !"ADP".equals(token.tag()) && is(AGREEMENT, token)
				&& !members(OTHER_SENSE).contains(token.lower());
	}

	public List<String> classNames() {
		return List.copyOf(this.classes.keySet());
	}

}
