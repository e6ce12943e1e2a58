package io.pactwatch.ingest.article;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.pactwatch.ingest.support.WireStories;
import io.pactwatch.schemas.Article;
import io.pactwatch.schemas.ArticleSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoriesTests {

	private final Stories stories = new Stories(2, 40, 0.8);

	@Test
	void aSyndicatedCopyWithADatelineAndAClosingLineIsTheSameStory() {
		String original = WireStories.body("x");
		String copy = "GENEVA (Other Wire) - " + original + " Reporting by Jane Doe; editing by John Roe.";

		assertThat(StorySignature.similarity(StorySignature.of(original, 40), StorySignature.of(copy, 40)))
			.isGreaterThan(0.8);
	}

	@Test
	void aDifferentStoryIsNotSimilar() {
		assertThat(StorySignature.similarity(StorySignature.of(WireStories.body("x"), 40),
				StorySignature.of(WireStories.body("y"), 40)))
			.isLessThan(0.1);
	}

	@Test
	void aShortBodyHasNoSignature() {
		assertThat(StorySignature.of("Both sides agreed a ceasefire on Monday.", 40)).isNull();
	}

	@Test
	void findsTheSimilarStoryButNeverItself() {
		Article original = article("a-1", WireStories.body("x"));
		this.stories.put(original, this.stories.signatureOf(original.getBody()), CompletableFuture.completedFuture(null));
		int[] copy = this.stories.signatureOf("LONDON - " + original.getBody());

		assertThat(this.stories.findSimilar("a-2", copy)).extracting((story) -> story.article().getId())
			.isEqualTo("a-1");
		assertThat(this.stories.findSimilar("a-1", copy)).isNull();
		assertThat(this.stories.findSimilar("a-3", this.stories.signatureOf(WireStories.body("y")))).isNull();
	}

	@Test
	void theLeastRecentlySeenStoryIsForgottenAndNoLongerFound() {
		Article first = article("a-1", WireStories.body("1"));
		this.stories.remember(first);
		this.stories.remember(article("a-2", WireStories.body("2")));
		this.stories.remember(article("a-3", WireStories.body("3")));

		assertThat(this.stories.size()).isEqualTo(2);
		assertThat(this.stories.get("a-1")).isNull();
		assertThat(this.stories.findSimilar("a-9", this.stories.signatureOf(first.getBody()))).isNull();
	}

	@Test
	void aSourceIsKnownByItsCanonicalUrlElseByItsName() {
		Stories.Story story = new Stories.Story(article("a-1", "text"), new int[0], null);

		assertThat(story.hasSource("url:https://news.example/pact")).isTrue();
		assertThat(Stories.sourceKey(new ArticleSource("Other", "https://NEWS.example/pact?utm_source=rss", null, null)))
			.isEqualTo("url:https://news.example/pact");
		assertThat(Stories.sourceKey(new ArticleSource("Other Wire", null, null, null))).isEqualTo("source:other wire");
		assertThat(Stories.sourceKey(new ArticleSource(null, null, null, null))).isNull();
	}

	private static Article article(String id, String body) {
		return Article.newBuilder()
			.setId(id)
			.setTitle("Pact")
			.setBody(body)
			.setReceivedAt(Instant.now())
			.setContentHash(ArticleIds.contentHash("Pact", body))
			.setSources(List.of(new ArticleSource("Example Wire", "https://news.example/pact", "Pact", null)))
			.build();
	}

}
