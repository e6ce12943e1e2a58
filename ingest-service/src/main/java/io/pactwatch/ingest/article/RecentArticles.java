package io.pactwatch.ingest.article;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The articles published most recently, by id, with their content hash and the outcome of
 * their publication: the memory that lets the same article sent twice be published once.
 * A second submission of an article still being published waits for that publication, so
 * that it is never told "accepted" for an article that then fails to reach Kafka. Bounded:
 * the least recently seen entries are forgotten first. An article whose id is known but
 * whose content changed is new.
 */
class RecentArticles {

	private final Map<String, Publication> publicationsById;

	RecentArticles(int capacity) {
		this.publicationsById = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Publication> eldest) {
				return size() > capacity;
			}
		};
	}

	/**
	 * Claims the article for publication by the caller, who completes {@code publication}
	 * with its outcome.
	 * @return empty if the caller must publish; else the earlier publication of the same
	 * article, pending or done
	 */
	synchronized Optional<CompletableFuture<Void>> claim(String id, String contentHash,
			CompletableFuture<Void> publication) {
		Publication earlier = this.publicationsById.get(id);
		if (earlier != null && earlier.contentHash().equals(contentHash) && !earlier.outcome().isCompletedExceptionally()) {
			return Optional.of(earlier.outcome());
		}
		this.publicationsById.put(id, new Publication(contentHash, publication));
		return Optional.empty();
	}

	/** Remembers an article published before this instance started. */
	synchronized void remember(String id, String contentHash) {
		this.publicationsById.put(id, new Publication(contentHash, CompletableFuture.completedFuture(null)));
	}

	synchronized int size() {
		return this.publicationsById.size();
	}

	private record Publication(String contentHash, CompletableFuture<Void> outcome) {
	}

}
