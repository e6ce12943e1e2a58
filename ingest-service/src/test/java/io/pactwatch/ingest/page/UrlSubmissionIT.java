package io.pactwatch.ingest.page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pactwatch.ingest.support.IngestServiceTest;
import io.pactwatch.ingest.support.LocalWebServer;
import io.pactwatch.ingest.support.PublishedArticles;
import io.pactwatch.schemas.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/articles/url} against a real HTTP server on loopback (allowed by the tests' allow-list). */
@IngestServiceTest
class UrlSubmissionIT {

	@Autowired
	private WebTestClient client;

	@Value("${spring.embedded.kafka.brokers}")
	private String brokers;

	private final LocalWebServer server = new LocalWebServer();

	private PublishedArticles published;

	@BeforeEach
	void readArticles() {
		this.published = new PublishedArticles(this.brokers);
	}

	@AfterEach
	void close() {
		this.published.close();
		this.server.close();
	}

	@Test
	void aPageIsFetchedAndItsArticleReadAndPublished() {
		String title = "Space pact " + UUID.randomUUID();
		this.server.page("/world/space-pact", "text/html; charset=utf-8",
				NewsPages.article(title, "<meta property=\"article:published_time\" content=\"2017-10-05T09:30:00Z\">")
					.replace("https://news.example/world/space-pact", this.server.url("/world/space-pact").toString())
					.getBytes(StandardCharsets.UTF_8));

		submit(this.server.url("/world/space-pact?utm_source=newsletter").toString()).expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ACCEPTED");

		Article article = this.published.await((candidate) -> candidate.getTitle().equals(title), 1).get(0);
		assertThat(article.getUrl()).isEqualTo(this.server.url("/world/space-pact").toString());
		assertThat(article.getSource()).isEqualTo("Example News");
		assertThat(article.getLanguage()).isEqualTo("en");
		assertThat(article.getPublishedAt()).hasToString("2017-10-05T09:30:00Z");
		assertThat(article.getBody()).startsWith(title).contains("lunar exploration").doesNotContain("Subscribe now");
	}

	@Test
	void aPageInALegacyCharsetIsDecodedAndItsLanguageMarked() {
		String html = NewsPages.french()
			.replace("<head>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")
			.replace("Accord spatial</h1>", "Accord spatial " + UUID.randomUUID() + "</h1>");
		this.server.page("/fr/accord", "text/html", html.getBytes(Charset.forName("windows-1252")));

		submit(this.server.url("/fr/accord").toString()).expectStatus().isAccepted();

		Article article = this.published
			.await((candidate) -> this.server.url("/fr/accord").toString().equals(candidate.getUrl()), 1)
			.get(0);
		assertThat(article.getBody()).contains("cérémonie prévue en octobre").contains("débris");
		assertThat(article.getLanguage()).isEqualTo("fr");
	}

	@Test
	void aRedirectToAPrivateAddressIsRefusedWithoutConnecting() {
		this.server.redirect("/go", "http://169.254.169.254/latest/meta-data/");

		submit(this.server.url("/go").toString()).expectStatus()
			.isEqualTo(422)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.reason")
			.isEqualTo("REFUSED")
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("169.254.169.254").contains("metadata"));
	}

	@Test
	void aPrivateAddressIsRefused() {
		submit("http://10.0.0.1/news").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://pactwatch.io/problems/fetch-refused");
	}

	@Test
	void anOversizedPageIsRefusedWhateverItsDeclaredLength() {
		byte[] big = ("<html><body><p>" + "pact ".repeat(30_000) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
		this.server.page("/big", "text/html", big);
		this.server.serve("/big-chunked", (exchange) -> LocalWebServer.respond(exchange, 200, "text/html", big, true));

		for (String path : List.of("/big", "/big-chunked")) {
			submit(this.server.url(path).toString()).expectStatus()
				.isEqualTo(422)
				.expectBody()
				.jsonPath("$.reason")
				.isEqualTo("TOO_LARGE");
		}
	}

	@Test
	void aSlowServerIsGivenUpOn() {
		this.server.slow("/slow");

		submit(this.server.url("/slow").toString()).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.reason")
			.isEqualTo("TIMEOUT");
	}

	@Test
	void aMissingPageIsReportedWithTheServersStatus() {
		submit(this.server.url("/nothing-here").toString()).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.reason")
			.isEqualTo("HTTP_ERROR")
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("404"));
	}

	@Test
	void aPageWithoutAnArticleIsUnprocessable() {
		this.server.page("/file.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

		submit(this.server.url("/file.pdf").toString()).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("No article in the page");
	}

	@Test
	void onlyHttpAndHttpsUrlsAreTaken() {
		submit("file:///etc/passwd").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("url");
	}

	private WebTestClient.ResponseSpec submit(String url) {
		return this.client.post()
			.uri("/api/articles/url")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("url", url))
			.exchange();
	}

}
