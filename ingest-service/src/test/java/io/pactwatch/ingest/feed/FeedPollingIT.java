package io.pactwatch.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.pactwatch.ingest.support.IngestServiceTest;
import io.pactwatch.ingest.support.LocalWebServer;
import io.pactwatch.ingest.support.PublishedArticles;
import io.pactwatch.ingest.support.WireStories;
import io.pactwatch.schemas.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Feeds added over the API, polled by the scheduler and on demand, from a real HTTP server on loopback. */
@IngestServiceTest
class FeedPollingIT {

	@Autowired
	private WebTestClient client;

	@Value("${spring.embedded.kafka.brokers}")
	private String brokers;

	private final LocalWebServer server = new LocalWebServer();

	private final String marker = UUID.randomUUID().toString();

	private final AtomicReference<String> feedEtag = new AtomicReference<>("\"v1\"");

	private final AtomicReference<String> feedBody = new AtomicReference<>();

	private PublishedArticles published;

	@BeforeEach
	void serveNews() {
		this.published = new PublishedArticles(this.brokers);
		for (int i = 1; i <= 3; i++) {
			this.server.page("/news/" + i, "text/html; charset=utf-8", page(i).getBytes(StandardCharsets.UTF_8));
		}
		this.feedBody.set(rss(1, 2));
		this.server.serve("/feed.xml", (exchange) -> {
			String etag = this.feedEtag.get();
			if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				exchange.getResponseHeaders().set("ETag", etag);
				exchange.sendResponseHeaders(304, -1);
				return;
			}
			exchange.getResponseHeaders().set("ETag", etag);
			LocalWebServer.respond(exchange, 200, "application/rss+xml; charset=utf-8",
					this.feedBody.get().getBytes(StandardCharsets.UTF_8), false);
		});
		this.server.serve("/broken.xml", (exchange) -> LocalWebServer.respond(exchange, 500, "text/plain",
				"down".getBytes(StandardCharsets.UTF_8), false));
	}

	@AfterEach
	void close() {
		this.published.close();
		this.server.close();
	}

	@Test
	void aFeedIsPolledOnScheduleThenConditionallyAndEachEntryBecomesOneArticle() {
		String id = addFeed(this.server.url("/feed.xml").toString(), "PT1H");

		await().atMost(Duration.ofSeconds(30)).until(() -> "FETCHED".equals(feed(id).get("lastStatus")));
		List<Article> first = this.published.await(this::fromThisFeed, 2);
		assertThat(first).extracting(Article::getSource).containsOnly("Example Feed");
		assertThat(first).extracting(Article::getUrl)
			.containsExactlyInAnyOrder(this.server.url("/news/1").toString(), this.server.url("/news/2").toString());
		assertThat(feed(id)).containsEntry("etag", "\"v1\"").containsEntry("articles", 2);

		poll(id).jsonPath("$.status").isEqualTo("NOT_MODIFIED");
		assertThat(this.server.requests("/feed.xml").get(1).getFirst("If-None-Match")).isEqualTo("\"v1\"");

		this.feedBody.set(rss(1, 2, 3));
		this.feedEtag.set("\"v2\"");
		poll(id).jsonPath("$.status")
			.isEqualTo("FETCHED")
			.jsonPath("$.newEntries")
			.isEqualTo(1)
			.jsonPath("$.articles[0].status")
			.isEqualTo("ACCEPTED");

		assertThat(this.published.await(this::fromThisFeed, 3)).extracting(Article::getUrl)
			.doesNotHaveDuplicates()
			.contains(this.server.url("/news/3").toString());
		assertThat(this.server.requests("/news/1")).as("a page is fetched once").hasSize(1);
	}

	@Test
	void aFailingFeedIsRetriedAfterABackoffThatDoublesWithEachFailure() {
		String id = addFeed(this.server.url("/broken.xml").toString(), "PT5M");

		await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(feed(id).get("lastStatus")));
		Map<String, Object> once = feed(id);
		assertThat(once.get("consecutiveFailures")).isEqualTo(1);
		assertThat((String) once.get("lastError")).contains("500");
		assertThat(waitAfterLastPoll(once)).isEqualTo(Duration.ofMinutes(1));

		poll(id).jsonPath("$.status").isEqualTo("FAILED");

		Map<String, Object> twice = feed(id);
		assertThat(twice.get("consecutiveFailures")).isEqualTo(2);
		assertThat(waitAfterLastPoll(twice)).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void aFeedIsListedAndAnAddedOneRemoved() {
		String id = addFeed(this.server.url("/broken.xml?list=" + this.marker).toString(), "PT1H");

		this.client.get().uri("/api/feeds").exchange().expectStatus().isOk().expectBody().jsonPath("$[*].id").value(
				(List<String> ids) -> assertThat(ids).contains(id));
		this.client.delete().uri("/api/feeds/" + id).exchange().expectStatus().isNoContent();
		this.client.get()
			.uri("/api/feeds/" + id)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anInvalidFeedGetsAProblemNamingTheFields() {
		this.client.post()
			.uri("/api/feeds")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("url", "ftp://feeds.example/rss", "interval", "every hour"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("url", "interval"));
	}

	private boolean fromThisFeed(Article article) {
		return article.getBody().contains(this.marker);
	}

	private static Duration waitAfterLastPoll(Map<String, Object> feed) {
		return Duration.between(java.time.Instant.parse((String) feed.get("lastPolledAt")),
				java.time.Instant.parse((String) feed.get("nextPollAt")));
	}

	private String addFeed(String url, String interval) {
		@SuppressWarnings("unchecked")
		Map<String, Object> created = this.client.post()
			.uri("/api/feeds")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("url", url, "name", "Example Feed", "interval", interval))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) created.get("id");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> feed(String id) {
		return this.client.get()
			.uri("/api/feeds/" + id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.BodyContentSpec poll(String id) {
		return this.client.post().uri("/api/feeds/" + id + "/poll").exchange().expectStatus().isOk().expectBody();
	}

	private String page(int number) {
		return "<html><head><title>Story " + number + "</title>"
				+ "<meta property=\"article:published_time\" content=\"2017-10-0" + number + "T08:00:00Z\"></head><body>"
				+ "<nav><a href=\"/\">Home</a></nav><article><h1>Story " + number + "</h1><p>"
				+ WireStories.body(this.marker + "-" + number) + "</p><p>Feed marker " + this.marker
				+ ".</p></article><footer>Copyright</footer></body></html>";
	}

	private String rss(int... items) {
		StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
				+ "<title>Example Feed Title</title><link>" + this.server.url("/") + "</link><description>News</description>");
		for (int item : items) {
			rss.append("<item><title>Story ")
				.append(item)
				.append("</title><link>")
				.append(this.server.url("/news/" + item))
				.append("</link><guid>")
				.append(this.marker)
				.append('-')
				.append(item)
				.append("</guid><pubDate>Mon, 0")
				.append(item)
				.append(" Oct 2017 08:00:00 GMT</pubDate></item>");
		}
		return rss.append("</channel></rss>").toString();
	}

}
