package io.pactwatch.ingest.article;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentArticlesTests {

	private final RecentArticles recent = new RecentArticles(2);

	@Test
	void theFirstSubmissionPublishesAndTheSecondWaitsForIt() {
		CompletableFuture<Void> first = new CompletableFuture<>();

		assertThat(this.recent.claim("a", "h1", first)).isEmpty();
		assertThat(this.recent.claim("a", "h1", new CompletableFuture<>())).containsSame(first);
	}

	@Test
	void changedContentUnderAKnownIdIsPublishedAgain() {
		this.recent.claim("a", "h1", CompletableFuture.completedFuture(null));

		assertThat(this.recent.claim("a", "h2", new CompletableFuture<>())).isEmpty();
	}

	@Test
	void aFailedPublicationDoesNotMakeTheRetryADuplicate() {
		CompletableFuture<Void> failed = new CompletableFuture<>();
		this.recent.claim("a", "h1", failed);
		failed.completeExceptionally(new IllegalStateException("broker away"));

		assertThat(this.recent.claim("a", "h1", new CompletableFuture<>())).isEmpty();
	}

	@Test
	void theLeastRecentlySeenArticleIsForgottenFirst() {
		this.recent.remember("a", "h");
		this.recent.remember("b", "h");
		assertThat(this.recent.claim("a", "h", new CompletableFuture<>())).as("a is seen again").isPresent();
		this.recent.remember("c", "h");

		assertThat(this.recent.size()).isEqualTo(2);
		assertThat(this.recent.claim("a", "h", new CompletableFuture<>())).as("a is still known").isPresent();
		assertThat(this.recent.claim("b", "h", new CompletableFuture<>())).as("b was forgotten").isEmpty();
	}

}
