package io.pactwatch.ingest.bulk;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.pactwatch.ingest.support.IngestServiceTest;
import io.pactwatch.ingest.support.PublishedArticles;
import io.pactwatch.ingest.support.WireStories;
import io.pactwatch.schemas.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IngestServiceTest
class BulkIngestIT {

	private static final MediaType NDJSON = MediaType.parseMediaType(BulkController.NDJSON);

	@Autowired
	private WebTestClient client;

	@Autowired
	private JsonMapper json;

	@Value("${spring.embedded.kafka.brokers}")
	private String brokers;

	private PublishedArticles published;

	@BeforeEach
	void readArticles() {
		this.published = new PublishedArticles(this.brokers);
	}

	@AfterEach
	void close() {
		this.published.close();
	}

	@Test
	void thousandsOfLinesStreamedInChunksAreEachAnsweredInOrderAndPublished() {
		String batch = UUID.randomUUID().toString();
		int count = 2000;
		String body = IntStream.rangeClosed(1, count)
			.mapToObj((i) -> line(Map.of("source", "Archive", "title", "Archive item " + i + " " + batch, "body",
					"Archived text number " + i + " of batch " + batch + ".")))
			.collect(Collectors.joining("\n", "", "\n"));

		List<Map<String, Object>> answers = postBulk(chunked(body, 7_000), null);

		assertThat(answers).hasSize(count);
		assertThat(answers).extracting((answer) -> ((Number) answer.get("line")).intValue())
			.containsExactlyElementsOf(IntStream.rangeClosed(1, count).boxed().toList());
		assertThat(answers).extracting((answer) -> answer.get("status")).containsOnly("ACCEPTED");
		assertThat(this.published.await((article) -> article.getTitle().endsWith(batch), count)).hasSize(count);
	}

	@Test
	void eachLineGetsItsOwnAnswerAndABadLineDoesNotStopTheStream() {
		String marker = UUID.randomUUID().toString();
		Map<String, String> article = Map.of("title", "Pact " + marker, "body", "The pact was signed.");
		String body = String.join("\n", line(article), line(article), "{\"title\": \"no body\"", "",
				line(Map.of("source", "Wire")), "{\"title\": \"" + "x".repeat(20_000) + "\"}", "[1, 2]",
				line(Map.of("title", "Wire copy " + marker, "body", WireStories.body(marker), "url",
						"https://wire.example/" + marker)),
				line(Map.of("title", "Another outlet " + marker, "body", "(Wire) " + WireStories.body(marker), "url",
						"https://outlet.example/" + marker)) + "\r");

		List<Map<String, Object>> answers = postBulk(chunked(body, 100), "test-key");

		assertThat(answers).extracting((answer) -> answer.get("line") + " " + answer.get("status"))
			.containsExactly("1 ACCEPTED", "2 DUPLICATE", "3 REJECTED", "5 REJECTED", "6 REJECTED", "7 REJECTED",
					"8 ACCEPTED", "9 MERGED");
		assertThat(answers.get(1).get("id")).isEqualTo(answers.get(0).get("id"));
		assertThat((String) answers.get(2).get("detail")).startsWith("The line is not a JSON article");
		assertThat(answers.get(3).get("errors")).asString().contains("title").contains("body");
		assertThat((String) answers.get(4).get("detail")).contains("longer than the limit");
		assertThat(answers.get(7).get("id")).isEqualTo(answers.get(6).get("id"));
		List<Article> story = this.published.await((String) answers.get(6).get("id"), 2);
		assertThat(story.get(story.size() - 1).getSources()).hasSize(2);
	}

	@Test
	void aClientOverItsRateIsSlowedDownNotRefused() {
		String batch = UUID.randomUUID().toString();
		String body = IntStream.rangeClosed(1, 5)
			.mapToObj((i) -> line(Map.of("title", "Throttled " + i + " " + batch, "body", "Text " + i + ".")))
			.collect(Collectors.joining("\n"));

		List<Map<String, Object>> answers = postBulk(chunked(body, 1000), "throttled-key");

		assertThat(answers).extracting((answer) -> answer.get("status")).containsOnly("ACCEPTED").hasSize(5);
	}

	@Test
	void anEmptyBodyGetsAnEmptyAnswer() {
		assertThat(postBulk(Flux.empty(), null)).isEmpty();
	}

	@Test
	void jsonInsteadOfNdjsonIsAnUnsupportedMediaType() {
		this.client.post()
			.uri("/api/articles/bulk")
			.contentType(MediaType.APPLICATION_XML)
			.bodyValue("<articles/>")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private List<Map<String, Object>> postBulk(Flux<DataBuffer> body, String apiKey) {
		WebTestClient.RequestBodySpec request = this.client.post()
			.uri("/api/articles/bulk")
			.contentType(NDJSON)
			.accept(NDJSON);
		if (apiKey != null) {
			request.header("X-API-Key", apiKey);
		}
		@SuppressWarnings({ "unchecked", "rawtypes" })
		List<Map<String, Object>> answers = (List) request.body(body, DataBuffer.class)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(NDJSON)
			.returnResult(Map.class)
			.getResponseBody()
			.collectList()
			.block(java.time.Duration.ofSeconds(60));
		return answers;
	}

	private String line(Map<String, String> article) {
		return this.json.writeValueAsString(article);
	}

	private static Flux<DataBuffer> chunked(String body, int size) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return Flux.range(0, (bytes.length + size - 1) / size)
			.map((i) -> DefaultDataBufferFactory.sharedInstance.wrap(java.util.Arrays.copyOfRange(bytes, i * size,
					Math.min(bytes.length, (i + 1) * size))));
	}

}
