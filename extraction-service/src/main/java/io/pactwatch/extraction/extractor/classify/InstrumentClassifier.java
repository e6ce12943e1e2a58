package io.pactwatch.extraction.extractor.classify;

import java.util.HashMap;
import java.util.Map;

import io.pactwatch.extraction.extractor.text.DataFile;
import io.pactwatch.extraction.extractor.text.TaggedSentence;
import io.pactwatch.extraction.extractor.text.Token;
import io.pactwatch.extraction.extractor.text.WordClasses;
import io.pactwatch.schemas.Instrument;

/**
 * The kind of instrument, from the agreement noun nearest to the trigger
 * ({@code extraction/instruments.tsv}): "treaty" is a TREATY, "memorandum" an MOU, "pact" an
 * AGREEMENT; "letter of intent" is OTHER.
 */
public final class InstrumentClassifier {

	private final Map<String, Instrument> byNoun;

	private final WordClasses words;

	private InstrumentClassifier(Map<String, Instrument> byNoun, WordClasses words) {
		this.byNoun = byNoun;
		this.words = words;
	}

	public static InstrumentClassifier load(String resource, WordClasses words) {
		Map<String, Instrument> byNoun = new HashMap<>();
		for (String[] row : DataFile.rows(resource)) {
			if (row.length >= 2) {
				byNoun.put(row[0].trim(), Instrument.valueOf(row[1].trim()));
			}
		}
		return new InstrumentClassifier(byNoun, words);
	}

	/** The index of the agreement noun nearest to {@code head}, or -1. */
	public int nearestAgreementNoun(TaggedSentence sentence, int head) {
		int best = -1;
		for (int i = 0; i < sentence.size(); i++) {
			Token token = sentence.token(i);
			if (this.words.isAgreementNoun(token) && this.byNoun.containsKey(token.lemma())
					&& (best < 0 || Math.abs(i - head) < Math.abs(best - head))) {
				best = i;
			}
		}
		return best;
	}

	/** The instrument the noun at {@code index} names, or {@code null}. */
	public Instrument instrumentAt(TaggedSentence sentence, int index) {
		if (index < 0) {
			return null;
		}
		return this.byNoun.get(sentence.token(index).lemma());
	}

}
