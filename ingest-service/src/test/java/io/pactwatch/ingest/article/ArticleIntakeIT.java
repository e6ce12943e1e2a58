package io.pactwatch.ingest.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pactwatch.ingest.support.IngestServiceTest;
import io.pactwatch.ingest.support.WireStories;
import io.pactwatch.schemas.Article;
import io.pactwatch.schemas.AvroSerde;
import io.pactwatch.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IngestServiceTest
class ArticleIntakeIT {

	@Autowired
	private WebTestClient client;

	@Value("${spring.embedded.kafka.brokers}")
	private String brokers;

	private KafkaConsumer<String, Article> consumer;

	@BeforeEach
	void subscribeToArticles() {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest"), new StringDeserializer(), AvroSerde.of(Article.class));
		this.consumer.subscribe(List.of(Topics.ARTICLES_RAW));
	}

	@AfterEach
	void close() {
		this.consumer.close();
	}

	@Test
	void anArticleIsAcceptedAndPublishedKeyedByItsDerivedId() {
		String title = "Two states sign a fisheries pact " + UUID.randomUUID();
		String body = "The two states signed a fisheries pact on Monday.";

		String id = submit(Map.of("source", "Example Wire", "title", title, "body", body, "publishedAt",
				"2017-10-02T08:00:00Z", "language", "en"), "ACCEPTED");

		assertThat(id).isEqualTo(ArticleIds.idFor(null, title, body));
		List<ConsumerRecord<String, Article>> published = awaitPublished(id, 1);
		Article article = published.get(0).value();
		assertThat(published.get(0).key()).isEqualTo(id);
		assertThat(article.getId()).isEqualTo(id);
		assertThat(article.getTitle()).isEqualTo(title);
		assertThat(article.getSource()).isEqualTo("Example Wire");
		assertThat(article.getLanguage()).isEqualTo("en");
		assertThat(article.getPublishedAt()).hasToString("2017-10-02T08:00:00Z");
		assertThat(article.getContentHash()).hasSize(64);
	}

	@Test
	void theSameArticleSentTwiceIsAcceptedTwiceAndPublishedOnce() {
		Map<String, String> article = Map.of("title", "Ceasefire agreed " + UUID.randomUUID(), "body",
				"Both sides agreed a ceasefire.");

		String first = submit(article, "ACCEPTED");
		String second = submit(article, "DUPLICATE");

		assertThat(second).isEqualTo(first);
		List<ConsumerRecord<String, Article>> published = awaitPublished(first, 1);
		// give a wrongly published second copy the time to arrive before concluding there is none
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> {
			published.addAll(pollFor(first));
			return published.size() == 1;
		});
	}

	@Test
	void aGivenIdIsKept() {
		String id = "wire-" + UUID.randomUUID();

		String accepted = submit(Map.of("id", id, "title", "Pact", "body", "Text."), "ACCEPTED");

		assertThat(accepted).isEqualTo(id);
		assertThat(awaitPublished(id, 1)).hasSize(1);
	}

	@Test
	void aNonEnglishArticleIsAcceptedAndMarkedWithItsDetectedLanguage() {
		String id = submit(Map.of("title", "Accord de pêche " + UUID.randomUUID(), "body",
				"Les deux États ont signé lundi un accord de pêche qui fixe des quotas communs pour les stocks "
						+ "partagés et crée un organe conjoint d'inspection."),
				"ACCEPTED");

		assertThat(awaitPublished(id, 1).get(0).value().getLanguage()).isEqualTo("fr");
	}

	@Test
	void aLanguageGivenByTheClientIsKept() {
		String id = submit(Map.of("title", "Pact " + UUID.randomUUID(), "body",
				"The two states signed a fisheries agreement on Monday that sets shared quotas.", "language", "de"),
				"ACCEPTED");

		assertThat(awaitPublished(id, 1).get(0).value().getLanguage()).isEqualTo("de");
	}

	@Test
	void theSameWireStoryFromThreeOutletsIsOneArticleWithThreeSources() {
		String marker = UUID.randomUUID().toString();
		String body = WireStories.body(marker);

		String first = submit(Map.of("source", "Example Wire", "url", "https://wire.example/" + marker, "title",
				"Fisheries pact agreed", "body", body, "publishedAt", "2017-10-02T08:00:00Z"), "ACCEPTED");
		String second = submit(Map.of("source", "Daily Example", "url", "https://daily.example/world/" + marker,
				"title", "Neighbours agree on fish quotas", "body", "GENEVA (Reuters) - " + body), "MERGED");
		String third = submit(Map.of("source", "Example Times", "url", "https://times.example/" + marker
				+ "?utm_source=rss", "title", "Fish deal done", "body", body + " Editing by Jane Doe."), "MERGED");
		String again = submit(Map.of("source", "Daily Example", "url", "https://daily.example/world/" + marker
				+ "#comments", "title", "Neighbours agree on fish quotas", "body", body), "DUPLICATE");

		assertThat(List.of(second, third, again)).containsOnly(first);
		List<ConsumerRecord<String, Article>> published = awaitPublished(first, 3);
		Article latest = published.get(published.size() - 1).value();
		assertThat(latest.getTitle()).isEqualTo("Fisheries pact agreed");
		assertThat(latest.getSources()).extracting(io.pactwatch.schemas.ArticleSource::getSource)
			.containsExactly("Example Wire", "Daily Example", "Example Times");
		assertThat(published).extracting((record) -> record.value().getContentHash())
			.as("adding a source must not make extraction read the text again")
			.containsOnly(published.get(0).value().getContentHash());
	}

	@Test
	void aDifferentStoryOfTheSameLengthIsANewArticle() {
		String marker = UUID.randomUUID().toString();
		String first = submit(Map.of("title", "Pact", "body", WireStories.body(marker)), "ACCEPTED");

		String other = submit(Map.of("title", "Rates", "body", WireStories.body(marker + "-other")), "ACCEPTED");

		assertThat(other).isNotEqualTo(first);
	}

	@Test
	void missingTitleAndBodyGetAProblemNamingBothFields() {
		this.client.post()
			.uri("/api/articles")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("source", "Example Wire"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Invalid article")
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("title", "body"));
	}

	@Test
	void malformedJsonGetsAProblemSayingWhere() {
		this.client.post()
			.uri("/api/articles")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"title\": \"Pact\", \"body\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Malformed request")
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).startsWith("The body is not valid JSON"));
	}

	@Test
	void bytesThatAreNotUtf8GetABadRequest() {
		byte[] latin1 = "{\"title\": \"Accord sign\u00e9\", \"body\": \"Texte\"}"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

		this.client.post()
			.uri("/api/articles")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(latin1)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aBodyOverTheLimitGets413BeforeItIsRead() {
		this.client.post()
			.uri("/api/articles")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", "Big", "body", "x".repeat(20_000)))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.maxBytes")
			.isEqualTo(16 * 1024);
	}

	@Test
	void aStreamedBodyOverTheLimitGets413() {
		String big = "{\"title\": \"Big\", \"body\": \"" + "x".repeat(20_000) + "\"}";
		reactor.core.publisher.Flux<org.springframework.core.io.buffer.DataBuffer> chunks = reactor.core.publisher.Flux
			.range(0, big.length() / 1000 + 1)
			.map((i) -> big.substring(i * 1000, Math.min(big.length(), (i + 1) * 1000)))
			.map((chunk) -> org.springframework.core.io.buffer.DefaultDataBufferFactory.sharedInstance
				.wrap(chunk.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

		this.client.post()
			.uri("/api/articles")
			.contentType(MediaType.APPLICATION_JSON)
			.body(chunks, org.springframework.core.io.buffer.DataBuffer.class)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anInvalidUrlIsRefused() {
		this.client.post()
			.uri("/api/articles")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", "T", "body", "B", "url", "file:///etc/passwd"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("url");
	}

	private String submit(Map<String, String> article, String expectedStatus) {
		return this.client.post()
			.uri("/api/articles")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(article)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(ArticleIntake.IntakeResult.class)
			.value((result) -> assertThat(result.status()).hasToString(expectedStatus))
			.returnResult()
			.getResponseBody()
			.id();
	}

	private List<ConsumerRecord<String, Article>> awaitPublished(String id, int count) {
		List<ConsumerRecord<String, Article>> published = new ArrayList<>();
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			published.addAll(pollFor(id));
			return published.size() >= count;
		});
		return published;
	}

	private List<ConsumerRecord<String, Article>> pollFor(String id) {
		List<ConsumerRecord<String, Article>> matching = new ArrayList<>();
		for (ConsumerRecord<String, Article> record : this.consumer.poll(Duration.ofMillis(200))) {
			if (id.equals(record.key())) {
				matching.add(record);
			}
		}
		return matching;
	}

}
