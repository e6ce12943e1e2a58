package io.pactwatch.ingest.bulk;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pactwatch.ingest.article.ArticleIntake;
import io.pactwatch.ingest.article.ArticleNotPublishedException;
import io.pactwatch.ingest.article.ArticleSubmission;
import io.pactwatch.ingest.article.Channel;
import io.pactwatch.ingest.article.IngestMetrics;
import io.pactwatch.ingest.article.InvalidArticleException;
import io.pactwatch.ingest.limits.ApiClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code POST /api/articles/bulk}: articles as NDJSON, one JSON article per line, streamed
 * in and answered line by line as NDJSON, in the order of the lines, while the request is
 * still being read. At most {@code concurrency} lines are in flight: the body is read as
 * fast as Kafka takes the articles (and as the client's rate allows), never into memory as
 * a whole. Every line gets one answer: {@code ACCEPTED}, {@code DUPLICATE}, {@code MERGED},
 * {@code REJECTED} (with the problems; sending it again will not help) or {@code FAILED} (not
 * stored; send it again).
 */
@RestController
class BulkController {

	static final String NDJSON = "application/x-ndjson";

	private final ArticleIntake intake;

	private final IngestMetrics metrics;

	private final JsonMapper jsonMapper;

	private final BulkProperties properties;

	BulkController(ArticleIntake intake, IngestMetrics metrics, JsonMapper jsonMapper, BulkProperties properties) {
		this.intake = intake;
		this.metrics = metrics;
		this.jsonMapper = jsonMapper;
		this.properties = properties;
	}

	@PostMapping(path = "/api/articles/bulk", consumes = { NDJSON, "application/jsonl", "application/json-seq",
			MediaType.TEXT_PLAIN_VALUE }, produces = NDJSON)
	Flux<LineResult> bulk(@RequestBody(required = false) Flux<DataBuffer> body, ServerWebExchange exchange) {
		ApiClient client = ApiClient.of(exchange).orElse(null);
		Flux<DataBuffer> bytes = (body != null) ? body : Flux.empty();
		return NdjsonLines.split(bytes, this.properties.maxLineSize().toBytes())
			.flatMapSequential((line) -> handle(line, client), this.properties.concurrency(), 1);
	}

	private Mono<LineResult> handle(NdjsonLines.Line line, ApiClient client) {
		if (line.problem() != null) {
			this.metrics.rejected(null, Channel.BULK);
			return Mono.just(LineResult.rejected(line.number(), line.problem(), null));
		}
		ArticleSubmission submission;
		try {
			submission = this.jsonMapper.readValue(line.text(), ArticleSubmission.class);
		}
		catch (JacksonException ex) {
			this.metrics.rejected(null, Channel.BULK);
			String message = ex.getOriginalMessage();
			return Mono.just(LineResult.rejected(line.number(),
					"The line is not a JSON article: " + ((message != null) ? message.lines().findFirst().orElse("") : ""),
					null));
		}
		if (submission == null) {
			this.metrics.rejected(null, Channel.BULK);
			return Mono.just(LineResult.rejected(line.number(), "The line is not a JSON article: null", null));
		}
		Duration wait = (client != null) ? client.reserve() : Duration.ZERO;
		Mono<ArticleIntake.IntakeResult> submitted = Mono.defer(() -> this.intake.submit(submission, Channel.BULK));
		return (wait.isZero() ? submitted : Mono.delay(wait).then(submitted))
			.map((result) -> new LineResult(line.number(), result.id(), result.status().name(), null, null))
			.onErrorResume(InvalidArticleException.class, (ex) -> Mono
				.just(LineResult.rejected(line.number(), "Invalid article: " + ex.getMessage(), ex.getErrors())))
			.onErrorResume(ArticleNotPublishedException.class,
					(ex) -> Mono.just(new LineResult(line.number(), null, "FAILED",
							"The article could not be stored right now; send this line again.", null)));
	}

	/**
	 * The answer to one line.
	 *
	 * @param line its number, from 1
	 * @param id the article's id when it was taken
	 * @param status ACCEPTED, DUPLICATE, MERGED, REJECTED or FAILED
	 * @param detail what went wrong
	 * @param errors the invalid fields of a rejected article
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record LineResult(long line, String id, String status, String detail, List<ArticleSubmission.FieldError> errors) {

		static LineResult rejected(long line, String detail, List<ArticleSubmission.FieldError> errors) {
			return new LineResult(line, null, "REJECTED", detail, errors);
		}

	}

}
