package io.pactwatch.extraction.extractor.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP sentence detection, tokens, parts of speech (Universal Dependencies tags) and lemmas,
 * with the English UD models from Maven Central. The models are thread-safe and shared; the
 * {@code *ME} classes are not, so each thread gets its own through {@link ThreadLocal}s.
 * <p>
 * Lemmas: {@code LemmatizerME}'s beam search sorts the model's 860 outcomes for every token
 * (about half a millisecond a token), so the model is decoded greedily instead (the best
 * edit script per token, same results on our corpora), only for the words whose lemma the
 * rules read (verbs, auxiliaries, nouns), and cached by word and tag.
 */
public final class NlpPipeline {

	private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

	private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

	private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

	private static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

	private final ThreadLocal<SentenceDetectorME> sentenceDetector;

	private final ThreadLocal<TokenizerME> tokenizer;

	private final ThreadLocal<POSTaggerME> tagger;

	private static final Set<String> LEMMATIZED_TAGS = Set.of("VERB", "AUX", "NOUN");

	/** The words an auxiliary can be; the tagger sometimes reads a full verb as one ("Chad welcomes the"). */
	private static final Set<String> AUXILIARY_WORDS = Set.of("be", "am", "is", "are", "was", "were", "been", "being",
			"'s", "'re", "'m", "have", "has", "had", "having", "'ve", "'d", "do", "does", "did", "will", "would",
			"shall", "should", "can", "could", "may", "might", "must", "'ll", "wo", "ca", "ought", "need", "dare",
			"get", "gets", "got", "getting", "gotten", "used");

	private static final int LEMMA_CACHE_LIMIT = 200_000;

	private final MaxentModel lemmaModel;

	private final DefaultLemmatizerContextGenerator lemmaContext = new DefaultLemmatizerContextGenerator();

	private final Map<String, String> lemmaCache = new ConcurrentHashMap<>();

	private final Inflections inflections;

	private NlpPipeline(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas,
			Inflections inflections) {
		this.sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentences));
		this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokens));
		POSModel greedyPos = greedy(pos);
		this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(greedyPos));
		this.lemmaModel = lemmas.getArtifact("lemmatizer.model");
		this.inflections = inflections;
	}

	/**
	 * The tagger with a beam of one: the model's default beam of three evaluates it three times a
	 * token for the same tags on all but a handful of our sentences.
	 */
	private static POSModel greedy(POSModel model) {
		MaxentModel maxent = model.getArtifact("pos.model");
		return new POSModel(model.getLanguage(), maxent, 1, Map.of(), model.getFactory());
	}

	/** Loads the four English models from the classpath (about half a second). */
	public static NlpPipeline loadEnglish(Inflections inflections) {
		try (InputStream s = DataFile.open(SENTENCE_MODEL); InputStream t = DataFile.open(TOKEN_MODEL);
				InputStream p = DataFile.open(POS_MODEL); InputStream l = DataFile.open(LEMMA_MODEL)) {
			return new NlpPipeline(new SentenceModel(s), new TokenizerModel(t), new POSModel(p),
					new LemmatizerModel(l), inflections);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load the OpenNLP English models", ex);
		}
	}

	/**
	 * Splits a body into sentences. Each line is a paragraph of its own (the corpora keep one
	 * paragraph a line), so sentences never cross a line break.
	 */
	public List<Sentence> sentences(String body) {
		List<Sentence> sentences = new ArrayList<>();
		String normalised = TextNormaliser.normalise(body);
		SentenceDetectorME detector = this.sentenceDetector.get();
		int paragraph = 0;
		int lineStart = 0;
		while (lineStart < body.length()) {
			int lineEnd = body.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = body.length();
			}
			if (lineEnd > lineStart && !body.substring(lineStart, lineEnd).isBlank()) {
				String line = normalised.substring(lineStart, lineEnd);
				for (Span span : detector.sentPosDetect(line)) {
					int start = lineStart + span.getStart();
					int end = lineStart + span.getEnd();
					sentences.add(new Sentence(sentences.size(), paragraph, start, end, body.substring(start, end)));
				}
				paragraph++;
			}
			lineStart = lineEnd + 1;
		}
		return sentences;
	}

	/** Tokens, parts of speech and lemmas of one sentence of {@code body}. */
	public TaggedSentence tag(String body, Sentence sentence) {
		String text = TextNormaliser.normalise(sentence.text());
		Span[] spans = this.tokenizer.get().tokenizePos(text);
		String[] words = Span.spansToStrings(spans, text);
		String[] tags = this.tagger.get().tag(words);
		for (int i = 0; i < tags.length; i++) {
			int plus = tags[i].indexOf('+');
			if (plus > 0) {
				tags[i] = tags[i].substring(0, plus); // "week's" is NOUN+PART: a noun with its possessive
			}
			if ("AUX".equals(tags[i]) && !AUXILIARY_WORDS.contains(words[i].toLowerCase())
					&& words[i].chars().allMatch(Character::isLetter)) {
				tags[i] = "VERB";
			}
		}
		String[] lemmas = lemmatize(words, tags);
		List<Token> tokens = new ArrayList<>(words.length + 2);
		for (int i = 0; i < words.length; i++) {
			int start = sentence.start() + spans[i].getStart();
			int end = sentence.start() + spans[i].getEnd();
			String lower = words[i].toLowerCase();
			int negation = negationSuffix(lower);
			if (negation > 0) {
				// the tokenizer keeps "won't", "didn't", "cannot" whole, where the rules (and
				// Universal Dependencies) read an auxiliary and its negation: "wo" + "n't"
				int split = end - (lower.length() - negation);
				String auxiliary = lower.substring(0, negation);
				int plus = lemmas[i].indexOf('+');
				String lemma = (plus > 0) ? lemmas[i].substring(0, plus) : auxiliary;
				tokens.add(token(body.substring(start, split), auxiliary, lemma, "AUX", start, split));
				String not = lower.substring(negation);
				tokens.add(new Token(body.substring(split, end), not, "not", "PART", split, end, false));
				continue;
			}
			tokens.add(token(body.substring(start, end), lower, lemmas[i], tags[i], start, end));
		}
		return new TaggedSentence(sentence, tokens);
	}

	private Token token(String original, String lower, String lemma, String tag, int start, int end) {
		boolean verb = "VERB".equals(tag) || "AUX".equals(tag);
		// a verb in -ed is a past whatever the lemmatizer guessed ("resumed" sometimes stays "resumed")
		boolean regularPast = lower.endsWith("ed") && lower.length() > 4 && !this.inflections.isLemma(lower);
		boolean past = verb && (regularPast
				|| !lower.equals(lemma) && (lower.endsWith("en") || this.inflections.isIrregularPast(lower)));
		return new Token(original, lower, lemma, tag, start, end, past);
	}

	/**
	 * Where the negation of a contracted auxiliary starts ("didn't": 3, "cannot": 3), or -1.
	 * Apostrophes are plain here: the text was normalised.
	 */
	private static int negationSuffix(String lower) {
		if (lower.endsWith("n't") && lower.length() > 3) {
			return lower.length() - 3;
		}
		return "cannot".equals(lower) ? 3 : -1;
	}

	/** Greedy decoding of the lemmatizer model for the tokens whose lemma matters. */
	private String[] lemmatize(String[] words, String[] tags) {
		String[] lemmas = new String[words.length];
		String[] scripts = new String[words.length];
		for (int i = 0; i < words.length; i++) {
			String lower = words[i].toLowerCase();
			if (!LEMMATIZED_TAGS.contains(tags[i])) {
				lemmas[i] = lower;
				scripts[i] = StringUtil.getShortestEditScript(lower, lower);
				continue;
			}
			String key = lower + '\t' + tags[i];
			String cached = this.lemmaCache.get(key);
			if (cached != null) {
				lemmas[i] = cached;
				scripts[i] = StringUtil.getShortestEditScript(lower, cached);
				continue;
			}
			double[] probabilities = this.lemmaModel.eval(this.lemmaContext.getContext(i, words, tags, scripts));
			int best = 0;
			for (int k = 1; k < probabilities.length; k++) {
				if (probabilities[k] > probabilities[best]) {
					best = k;
				}
			}
			scripts[i] = this.lemmaModel.getOutcome(best);
			String lemma;
			try {
				lemma = StringUtil.decodeShortestEditScript(lower, scripts[i]);
			}
			catch (RuntimeException ex) {
				lemma = lower; // a script that does not fit the word
			}
			lemmas[i] = (lemma == null || lemma.isEmpty()) ? lower : lemma;
			if (this.lemmaCache.size() > LEMMA_CACHE_LIMIT) {
				this.lemmaCache.clear();
			}
			this.lemmaCache.put(key, lemmas[i]);
		}
		return lemmas;
	}

}
