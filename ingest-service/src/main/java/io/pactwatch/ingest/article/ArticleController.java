package io.pactwatch.ingest.article;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/articles}: one article as JSON. Answers 202 with the article's id and
 * whether it was new or a duplicate; both mean the article is safely in pactwatch.
 */
@RestController
class ArticleController {

	private final ArticleIntake intake;

	ArticleController(ArticleIntake intake) {
		this.intake = intake;
	}

	@PostMapping(path = "/api/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<ArticleIntake.IntakeResult> submit(@RequestBody ArticleSubmission submission) {
		return this.intake.submit(submission, Channel.API);
	}

}
