package io.pactwatch.ingest.article;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.pactwatch.schemas.Article;
import io.pactwatch.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

/**
 * Validates a submitted article, gives it its stable id and publishes it to
 * {@code articles.raw.v1} unless the same article was published already. The answer
 * comes only once the broker has the record: an article acknowledged here is not lost.
 */
@Service
public class ArticleIntake {

	private static final Logger logger = LoggerFactory.getLogger(ArticleIntake.class);

	private final KafkaTemplate<String, Article> kafkaTemplate;

	private final RecentArticles recentArticles;

	private final Clock clock;

	ArticleIntake(KafkaTemplate<String, Article> kafkaTemplate, RecentArticles recentArticles, Clock clock) {
		this.kafkaTemplate = kafkaTemplate;
		this.recentArticles = recentArticles;
		this.clock = clock;
	}

	public Mono<IntakeResult> submit(ArticleSubmission submission) {
		List<ArticleSubmission.FieldError> errors = submission.errors();
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidArticleException(errors));
		}
		Article article = toArticle(submission);
		CompletableFuture<Void> publication = new CompletableFuture<>();
		Optional<CompletableFuture<Void>> earlier = this.recentArticles.claim(article.getId(), article.getContentHash(),
				publication);
		if (earlier.isPresent()) {
			return awaitPublication(earlier.get(), article).thenReturn(IntakeResult.duplicate(article.getId()));
		}
		this.kafkaTemplate.send(Topics.ARTICLES_RAW, article.getId(), article).whenComplete((result, failure) -> {
			if (failure == null) {
				publication.complete(null);
			}
			else {
				logger.warn("Could not publish article {}: {}", article.getId(), failure.getMessage());
				publication.completeExceptionally(failure);
			}
		});
		return awaitPublication(publication, article).thenReturn(IntakeResult.accepted(article.getId()));
	}

	private static Mono<Void> awaitPublication(CompletableFuture<Void> publication, Article article) {
		// suppressCancel: a client that hangs up must not cancel a publication others wait on
		return Mono.fromFuture(publication, true)
			.onErrorMap((failure) -> new ArticleNotPublishedException(article.getId(), failure));
	}

	private Article toArticle(ArticleSubmission submission) {
		String id = (submission.id() != null) ? submission.id()
				: ArticleIds.idFor(submission.url(), submission.title(), submission.body());
		return Article.newBuilder()
			.setId(id)
			.setSource(submission.source())
			.setUrl(submission.url())
			.setTitle(submission.title().strip())
			.setBody(submission.body().strip())
			.setLanguage(submission.languageCode())
			.setPublishedAt(submission.publishedInstant())
			.setReceivedAt(this.clock.instant())
			.setContentHash(ArticleIds.contentHash(submission.title(), submission.body()))
			.build();
	}

	/** What became of a submitted article. */
	public record IntakeResult(String id, Status status) {

		static IntakeResult accepted(String id) {
			return new IntakeResult(id, Status.ACCEPTED);
		}

		static IntakeResult duplicate(String id) {
			return new IntakeResult(id, Status.DUPLICATE);
		}

		public enum Status {

			/** New: published to articles.raw.v1. */
			ACCEPTED,

			/** Published before: nothing new was published. */
			DUPLICATE

		}

	}

}
