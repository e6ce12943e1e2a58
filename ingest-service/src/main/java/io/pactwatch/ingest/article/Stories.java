package io.pactwatch.ingest.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.pactwatch.schemas.Article;
import io.pactwatch.schemas.ArticleSource;

/**
 * The stories published most recently, each with its latest {@link Article} record (all its
 * sources so far), its {@link StorySignature} and the outcome of that record's publication,
 * indexed for near-duplicate look-up by locality-sensitive hashing. Bounded: the least
 * recently seen story is forgotten first. Not thread-safe: {@link ArticleIntake} holds its
 * monitor while it decides and sends, so that the records of one story reach Kafka in the
 * order their sources were added.
 */
class Stories {

	private final int capacity;

	private final int minWords;

	private final double similarity;

	private final Map<String, Story> storiesById;

	private final Map<Long, List<String>> idsByBand = new HashMap<>();

	Stories(int capacity, int minWords, double similarity) {
		this.capacity = capacity;
		this.minWords = minWords;
		this.similarity = similarity;
		this.storiesById = new LinkedHashMap<>(Math.min(capacity, 1 << 14), 0.75f, true);
	}

	/** The body's signature, {@code null} if it is too short to be compared. */
	int[] signatureOf(String body) {
		return (this.capacity > 0) ? StorySignature.of(body, this.minWords) : null;
	}

	Story get(String id) {
		return this.storiesById.get(id);
	}

	/** The most similar other story at or above the similarity threshold, or {@code null}. */
	Story findSimilar(String id, int[] signature) {
		Story best = null;
		double bestSimilarity = this.similarity;
		for (int band = 0; band < StorySignature.BANDS; band++) {
			List<String> candidates = this.idsByBand.get(StorySignature.bandKey(signature, band));
			if (candidates == null) {
				continue;
			}
			for (String candidate : candidates) {
				if (candidate.equals(id) || (best != null && best.article().getId().equals(candidate))) {
					continue;
				}
				Story story = this.storiesById.get(candidate);
				double similar = StorySignature.similarity(signature, story.signature());
				if (similar >= bestSimilarity) {
					best = story;
					bestSimilarity = similar;
				}
			}
		}
		if (best != null) {
			// seen again: keep it from being forgotten first
			this.storiesById.get(best.article().getId());
		}
		return best;
	}

	/** Records the latest record of a story and its publication. */
	Story put(Article article, int[] signature, CompletableFuture<Void> publication) {
		Story previous = this.storiesById.remove(article.getId());
		if (previous != null) {
			unindex(previous);
		}
		Story story = new Story(article, signature, publication);
		this.storiesById.put(article.getId(), story);
		index(story);
		evictBeyondCapacity();
		return story;
	}

	/** Remembers an article published before this instance started. */
	void remember(Article article) {
		int[] signature = signatureOf(article.getBody());
		if (signature != null) {
			put(article, signature, CompletableFuture.completedFuture(null));
		}
	}

	int size() {
		return this.storiesById.size();
	}

	private void evictBeyondCapacity() {
		Iterator<Story> eldest = this.storiesById.values().iterator();
		while (this.storiesById.size() > this.capacity && eldest.hasNext()) {
			Story story = eldest.next();
			eldest.remove();
			unindex(story);
		}
	}

	private void index(Story story) {
		for (int band = 0; band < StorySignature.BANDS; band++) {
			this.idsByBand.computeIfAbsent(StorySignature.bandKey(story.signature(), band), (key) -> new ArrayList<>(1))
				.add(story.article().getId());
		}
	}

	private void unindex(Story story) {
		for (int band = 0; band < StorySignature.BANDS; band++) {
			long key = StorySignature.bandKey(story.signature(), band);
			List<String> ids = this.idsByBand.get(key);
			if (ids != null) {
				ids.remove(story.article().getId());
				if (ids.isEmpty()) {
					this.idsByBand.remove(key);
				}
			}
		}
	}

	/** Where an outlet's copy is recognised: its canonical URL, else its name. */
	static String sourceKey(ArticleSource source) {
		if (source.getUrl() != null) {
			return "url:" + ArticleIds.canonicalUrl(source.getUrl());
		}
		return (source.getSource() != null) ? "source:" + ArticleIds.normalise(source.getSource()) : null;
	}

	/**
	 * One story.
	 *
	 * @param article its latest record
	 * @param signature the signature of its body
	 * @param publication the outcome of publishing that record
	 */
	record Story(Article article, int[] signature, CompletableFuture<Void> publication) {

		boolean hasSource(String key) {
			return this.article.getSources().stream().anyMatch((source) -> key.equals(sourceKey(source)));
		}

	}

}
