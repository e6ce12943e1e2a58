package io.pactwatch.extraction.extractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.pactwatch.schemas.DatePrecision;
import io.pactwatch.schemas.Domain;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The first user story: the article the project started from (kept outside the repository,
 * read from the shared folder when present) is an expected signing, not a signing.
 */
class SeedStoryTests {

	private static final Path SEED = Path.of("../../shared/seeds/space-pact-article.txt");

	private static List<ExtractedMilestone> milestones;

	@BeforeAll
	static void readSeed() throws IOException {
		assumeTrue(Files.isReadable(SEED), "the seed article is not available");
		String text = Files.readString(SEED, StandardCharsets.UTF_8);
		int firstLineEnd = text.indexOf('\n');
		ArticleText article = new ArticleText("seed", text.substring(0, firstLineEnd),
				text.substring(firstLineEnd + 1), Instant.parse("2017-09-22T00:00:00Z"), "en");
		milestones = SharedExtractor.get().extract(article);
	}

	@Test
	void seedArticleIsAnExpectedOctoberSigningBetweenChinaAndRussia() {
		assertThat(milestones).anySatisfy(m -> {
			assertThat(m.milestone()).isEqualTo(Milestone.SIGNED);
			assertThat(m.status()).isEqualTo(MilestoneStatus.EXPECTED);
			assertThat(m.parties()).containsExactly("CHN", "RUS");
			assertThat(m.domain()).isEqualTo(Domain.SPACE);
			assertThat(m.date()).isEqualTo(new DateValue("2017-10", DatePrecision.MONTH));
		});
	}

	@Test
	void seedArticleReportsNoSigning() {
		assertThat(milestones)
			.noneMatch(m -> m.milestone() == Milestone.SIGNED && m.status() == MilestoneStatus.OCCURRED);
	}

	@Test
	void seedArticleNegatesNothing() {
		// "have nearly completed deep talks": talks under way, not talks that failed
		assertThat(milestones).noneMatch(m -> m.status() == MilestoneStatus.NEGATED);
	}

	@Test
	void seedArticleGivesTheAgreementsTerm() {
		ExtractedMilestone signing = milestones.stream()
			.filter(m -> m.milestone() == Milestone.SIGNED)
			.findFirst()
			.orElseThrow();
		assertThat(signing.termStart()).isEqualTo(new DateValue("2018", DatePrecision.YEAR));
		assertThat(signing.termEnd()).isEqualTo(new DateValue("2022", DatePrecision.YEAR));
	}

	@Test
	void seedArticlesJuneTalksAreBackground() {
		assertThat(milestones).noneMatch(m -> m.status() != MilestoneStatus.HISTORICAL
				&& m.evidence().contains("had entered into talks"));
	}

	@Test
	void evidenceOffsetsPointIntoTheBody() throws IOException {
		String text = Files.readString(SEED, StandardCharsets.UTF_8);
		String body = text.substring(text.indexOf('\n') + 1);
		assertThat(milestones).allSatisfy(
				m -> assertThat(body.substring(m.evidenceStart(), m.evidenceEnd())).isEqualTo(m.evidence()));
	}

}
