package io.pactwatch.ingest.page;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.pactwatch.ingest.fetch.FetchedResource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageExtractorTests {

	private final PageExtractor extractor = new PageExtractor(JsonMapper.builder().build());

	@Test
	void readsTheArticleWithoutNavigationScriptsAdsOrFooter() {
		ExtractedPage page = this.extractor.extract(html(NewsPages.article("Space pact", "<meta property=\"article:published_time\" content=\"2017-10-05T09:30:00+03:00\">"),
				"text/html; charset=utf-8", StandardCharsets.UTF_8));

		assertThat(page.title()).isEqualTo("Space pact");
		assertThat(page.text()).contains("China and Russia are expected to sign a five-year space pact")
			.contains("\n\n")
			.doesNotContain("Home")
			.doesNotContain("Subscribe")
			.doesNotContain("trackVisitor")
			.doesNotContain("All rights reserved");
		assertThat(page.publishedAt()).isEqualTo(Instant.parse("2017-10-05T06:30:00Z"));
		assertThat(page.siteName()).isEqualTo("Example News");
		assertThat(page.url()).isEqualTo("https://news.example/world/space-pact");
	}

	@Test
	void findsThePublicationDateInJsonLd() {
		ExtractedPage page = this.extractor.extract(html(NewsPages.article("Pact",
				"<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
						+ "\"datePublished\":\"2017-10-05\"}]}</script>"),
				"text/html", StandardCharsets.UTF_8));

		assertThat(page.publishedAt()).isEqualTo(Instant.parse("2017-10-05T00:00:00Z"));
	}

	@Test
	void decodesALegacyCharsetDeclaredOnlyInThePage() {
		Charset cp1251 = Charset.forName("windows-1251");
		String html = NewsPages.russian().replace("<head>", "<head><meta charset=\"windows-1251\">");

		ExtractedPage page = this.extractor.extract(html(html, "text/html", cp1251));

		assertThat(page.text()).contains("Китай и Россия");
	}

	@Test
	void theServersCharsetWins() {
		Charset latin1 = StandardCharsets.ISO_8859_1;

		ExtractedPage page = this.extractor.extract(html(NewsPages.french(), "text/html; charset=ISO-8859-1", latin1));

		assertThat(page.text()).contains("prévue en octobre");
	}

	@Test
	void aCanonicalUrlOnAnotherHostIsIgnored() {
		String html = NewsPages.article("Pact", "").replace("https://news.example/world/space-pact",
				"https://elsewhere.example/a");

		assertThat(this.extractor.extract(html(html, "text/html", StandardCharsets.UTF_8)).url())
			.isEqualTo("https://news.example/world/space-pact?utm_source=rss");
	}

	@Test
	void aPageThatIsNotHtmlIsNotReadable() {
		assertThatExceptionOfType(PageNotReadableException.class)
			.isThrownBy(() -> this.extractor.extract(html("%PDF-1.4", "application/pdf", StandardCharsets.UTF_8)))
			.withMessageContaining("not HTML");
	}

	@Test
	void aPageWithoutTextIsNotReadable() {
		assertThatExceptionOfType(PageNotReadableException.class).isThrownBy(() -> this.extractor
			.extract(html("<html><head><title>Empty</title></head><body><nav>Home</nav></body></html>", "text/html",
					StandardCharsets.UTF_8)));
	}

	@Test
	void datesComeInManyForms() {
		assertThat(PageExtractor.parseDate("2017-10-05T09:30:00Z")).isEqualTo(Instant.parse("2017-10-05T09:30:00Z"));
		assertThat(PageExtractor.parseDate("2017-10-05T09:30:00")).isEqualTo(Instant.parse("2017-10-05T09:30:00Z"));
		assertThat(PageExtractor.parseDate("Thu, 5 Oct 2017 09:30:00 GMT")).isEqualTo(Instant.parse("2017-10-05T09:30:00Z"));
		assertThat(PageExtractor.parseDate("yesterday")).isNull();
	}

	private static FetchedResource html(String html, String contentType, Charset charset) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.CONTENT_TYPE, contentType);
		return new FetchedResource(URI.create("https://news.example/world/space-pact?utm_source=rss"), 200, headers,
				html.getBytes(charset));
	}

}
