package io.pactwatch.extraction.preview;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.pactwatch.extraction.extractor.ArticleText;
import io.pactwatch.extraction.extractor.ExtractedMilestone;
import io.pactwatch.extraction.extractor.MilestoneExtractor;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/extract}: what the extractor reads in one article, without publishing
 * anything. For trying phrasings and for explaining an alert.
 */
@RestController
class ExtractionPreviewController {

	private final MilestoneExtractor extractor;

	ExtractionPreviewController(MilestoneExtractor extractor) {
		this.extractor = extractor;
	}

	@PostMapping(path = "/api/extract", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<List<ExtractedMilestone>> extract(@RequestBody PreviewRequest request) {
		if (request.body() == null || request.body().isBlank()) {
			return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "body is required"));
		}
		Instant publishedAt;
		try {
			publishedAt = (request.publishedAt() != null) ? Instant.parse(request.publishedAt()) : null;
		}
		catch (DateTimeParseException ex) {
			return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"publishedAt must be an ISO 8601 instant, e.g. 2017-10-05T09:30:00Z"));
		}
		ArticleText article = new ArticleText("preview", request.title(), request.body(), publishedAt, "en");
		// the NLP models are CPU-bound: keep them off the event loop
		return Mono.fromCallable(() -> this.extractor.extract(article)).subscribeOn(Schedulers.boundedElastic());
	}

	record PreviewRequest(String title, String body, String publishedAt) {
	}

}
