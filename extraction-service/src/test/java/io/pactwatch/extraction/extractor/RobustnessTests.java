package io.pactwatch.extraction.extractor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class RobustnessTests {

	private static final String ARTICLE = "Brazil and Argentina signed a border treaty on Monday, officials said.\n"
			+ "The two countries will hold talks on a trade pact next month.\n"
			+ "Ratification of the treaty is expected next year.";

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\n\n\n", "signed", "the the the treaty treaty", "((((signed))))",
			"SIGNED SIGNED SIGNED PACT", "\u0000\u0001 pact signed \uFFFF", "- - - , , , talks . . .",
			"on Tuesday on Tuesday signed agreement 31 February 1987" })
	void neverThrowsOnOddText(String body) {
		ArticleText article = new ArticleText("odd", body, body, Instant.parse("2019-05-10T00:00:00Z"), null);
		assertThatCode(() -> SharedExtractor.get().extract(article)).doesNotThrowAnyException();
	}

	@Test
	void neverThrowsOnRandomText() {
		Random random = new Random(42);
		String[] words = { "signed", "pact", "talks", "will", "not", "China", "U.S.", "in", "October", "the", ",",
				".", "expected", "to", "ratify", "accord", "Monday", "treaty", "which", "had", "yet", "\n", "1987",
				"<XYZ.N>", "Corp", "said", "it", "2", "-", "\"" };
		for (int n = 0; n < 50; n++) {
			StringBuilder body = new StringBuilder();
			for (int i = 0; i < 200; i++) {
				body.append(words[random.nextInt(words.length)]).append(' ');
			}
			ArticleText article = new ArticleText("random-" + n, "", body.toString(),
					(n % 2 == 0) ? Instant.parse("1987-03-02T00:00:00Z") : null, "en");
			assertThatCode(() -> SharedExtractor.get().extract(article)).doesNotThrowAnyException();
		}
	}

	@Test
	void toleratesAMissingArticleAndMissingFields() {
		assertThat(SharedExtractor.get().extract(null)).isEmpty();
		assertThat(SharedExtractor.get().extract(new ArticleText(null, null, null, null, null))).isEmpty();
	}

	@Test
	void givesTheSameResultsFromManyThreads() throws Exception {
		ArticleText article = new ArticleText("threads", "", ARTICLE, Instant.parse("2019-05-10T00:00:00Z"), "en");
		List<ExtractedMilestone> expected = SharedExtractor.get().extract(article);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<ExtractedMilestone>>> results = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				results.add(pool.submit(() -> SharedExtractor.get().extract(article)));
			}
			for (Future<List<ExtractedMilestone>> result : results) {
				assertThat(result.get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void reportsEachAgreementMilestoneAndStatusOnce() {
		String body = "Brazil and Argentina signed a border treaty on Monday. "
				+ "The treaty was signed by both countries in Brasilia. Both sides signed it after talks.";
		List<ExtractedMilestone> found = SharedExtractor.extract(body, "2019-05-10");
		assertThat(found).filteredOn(m -> m.milestone() == Milestone.SIGNED && m.status() == MilestoneStatus.OCCURRED)
			.hasSize(1)
			.first()
			.satisfies(m -> assertThat(m.evidence()).startsWith("Brazil and Argentina signed"));
		assertThat(found).noneMatch(m -> m.milestone() == Milestone.TALKS && m.status() == MilestoneStatus.OCCURRED);
	}

}
