package io.pactwatch.ingest.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ArticleIdsTests {

	@Test
	void canonicalUrlDropsTrackingParametersFragmentAndDefaultPort() {
		assertThat(ArticleIds.canonicalUrl("HTTPS://News.Example:443/world/pact/?utm_source=x&b=2&fbclid=abc&a=1#top"))
			.isEqualTo("https://news.example/world/pact?a=1&b=2");
	}

	@Test
	void canonicalUrlKeepsANonDefaultPortAndThePathCase() {
		assertThat(ArticleIds.canonicalUrl("http://news.example:8080/World/Pact"))
			.isEqualTo("http://news.example:8080/World/Pact");
	}

	@Test
	void canonicalUrlRefusesARelativeUrl() {
		assertThatIllegalArgumentException().isThrownBy(() -> ArticleIds.canonicalUrl("/world/pact"));
	}

	@Test
	void theSameUrlGivesTheSameIdWhateverTheText() {
		assertThat(ArticleIds.idFor("https://news.example/pact?utm_medium=rss", "Title one", "Body one"))
			.isEqualTo(ArticleIds.idFor("https://news.example/pact", "Title two", "Body two"));
	}

	@Test
	void withoutUrlTheIdIgnoresCaseAndSpacing() {
		assertThat(ArticleIds.idFor(null, "Two States Sign Pact", "They  signed\n it today."))
			.isEqualTo(ArticleIds.idFor(null, "two states sign pact ", "They signed it today."))
			.startsWith("a-")
			.hasSize(34);
	}

	@Test
	void differentTextsGetDifferentIds() {
		assertThat(ArticleIds.idFor(null, "Pact signed", "They signed it."))
			.isNotEqualTo(ArticleIds.idFor(null, "Pact signed", "They did not sign it."));
	}

	@Test
	void contentHashFollowsTheTextNotItsFormatting() {
		assertThat(ArticleIds.contentHash("Title", "Body\u00a0text")).isEqualTo(ArticleIds.contentHash("title", "body text"))
			.isNotEqualTo(ArticleIds.contentHash("title", "other text"));
	}

}
