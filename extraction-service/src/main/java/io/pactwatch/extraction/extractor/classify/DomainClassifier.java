package io.pactwatch.extraction.extractor.classify;

import java.util.Map;

import io.pactwatch.schemas.Domain;

/**
 * What an agreement is about, from keywords ({@code extraction/domains.tsv}): those of the
 * milestone's sentence weigh most, then the headline's, then the rest of the article's.
 */
public final class DomainClassifier {

	private static final int SENTENCE_WEIGHT = 4;

	private static final int TITLE_WEIGHT = 2;

	private final KeywordTable table;

	private DomainClassifier(KeywordTable table) {
		this.table = table;
	}

	public static DomainClassifier load(String resource) {
		return new DomainClassifier(KeywordTable.load(resource));
	}

	/** Pre-computed article scores, so that each milestone only adds its sentence. */
	public Map<String, Integer> articleScores(String title, String body) {
		Map<String, Integer> scores = this.table.scores(body);
		this.table.scores(title).forEach((label, hits) -> scores.merge(label, hits * TITLE_WEIGHT, Integer::sum));
		return scores;
	}

	public Domain classify(String sentence, Map<String, Integer> articleScores) {
		Map<String, Integer> sentenceScores = this.table.scores(sentence);
		String best = null;
		int bestScore = 0;
		for (Map.Entry<String, Integer> entry : articleScores.entrySet()) {
			int score = entry.getValue() + SENTENCE_WEIGHT * sentenceScores.getOrDefault(entry.getKey(), 0);
			if (score > bestScore) {
				best = entry.getKey();
				bestScore = score;
			}
		}
		return (best != null && bestScore >= 2) ? Domain.valueOf(best) : Domain.OTHER;
	}

}
