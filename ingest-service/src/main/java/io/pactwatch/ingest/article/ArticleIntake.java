package io.pactwatch.ingest.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.pactwatch.ingest.language.LanguageDetection;
import io.pactwatch.schemas.Article;
import io.pactwatch.schemas.ArticleSource;
import io.pactwatch.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

/**
 * Validates a submitted article, gives it its stable id and language and publishes it to
 * {@code articles.raw.v1} unless the same article was published already. The answer
 * comes only once the broker has the record: an article acknowledged here is not lost.
 *
 * <p>One story, once: an article whose body is a near-duplicate of a recent story's (a
 * syndicated wire copy under another headline and URL) is not a new article; it is added
 * to that story's {@code sources} and the story is republished under its own id with its
 * unchanged content hash, so that extraction, which reads an id again only when its content
 * changes, does not read the same text twice.
 */
@Service
public class ArticleIntake {

	private static final Logger logger = LoggerFactory.getLogger(ArticleIntake.class);

	private final KafkaTemplate<String, Article> kafkaTemplate;

	private final RecentArticles recentArticles;

	private final Stories stories;

	private final LanguageDetection languageDetection;

	private final IngestMetrics metrics;

	private final Clock clock;

	ArticleIntake(KafkaTemplate<String, Article> kafkaTemplate, RecentArticles recentArticles, Stories stories,
			LanguageDetection languageDetection, IngestMetrics metrics, Clock clock) {
		this.kafkaTemplate = kafkaTemplate;
		this.recentArticles = recentArticles;
		this.stories = stories;
		this.languageDetection = languageDetection;
		this.metrics = metrics;
		this.clock = clock;
	}

	public Mono<IntakeResult> submit(ArticleSubmission submission) {
		return submit(submission, Channel.API);
	}

	public Mono<IntakeResult> submit(ArticleSubmission submission, Channel channel) {
		List<ArticleSubmission.FieldError> errors = submission.errors();
		if (!errors.isEmpty()) {
			this.metrics.count("rejected", submission.source(), channel);
			return Mono.error(new InvalidArticleException(errors));
		}
		Article article = toArticle(submission);
		int[] signature = this.stories.signatureOf(article.getBody());
		Mono<IntakeResult> result = (signature != null) ? submitStory(article, signature) : submitExact(article);
		return result.doOnNext((outcome) -> this.metrics.count(outcome.status().tag(), article.getSource(), channel))
			.doOnError(ArticleNotPublishedException.class,
					(failure) -> this.metrics.count("failed", article.getSource(), channel));
	}

	/** An article too short to compare with others: it is a duplicate only of itself. */
	private Mono<IntakeResult> submitExact(Article article) {
		CompletableFuture<Void> publication = new CompletableFuture<>();
		Optional<CompletableFuture<Void>> earlier = this.recentArticles.claim(article.getId(), article.getContentHash(),
				publication);
		if (earlier.isPresent()) {
			return awaitPublication(earlier.get(), article.getId()).thenReturn(IntakeResult.duplicate(article.getId()));
		}
		send(article).whenComplete(completeInto(publication));
		return awaitPublication(publication, article.getId()).thenReturn(IntakeResult.accepted(article.getId()));
	}

	/**
	 * An article long enough to be compared: the same story (same id), the same story from
	 * another outlet (a near-duplicate body), or a new one. Decided and sent under the
	 * stories' monitor so that one story's records reach Kafka in order, each carrying every
	 * source added before it.
	 */
	private Mono<IntakeResult> submitStory(Article article, int[] signature) {
		synchronized (this.stories) {
			Stories.Story own = this.stories.get(article.getId());
			if (own != null) {
				if (own.article().getContentHash().equals(article.getContentHash())) {
					return duplicateOf(own);
				}
				// the text changed under a known id: a new version that keeps the sources found so far
				Article updated = withSources(article, own.article().getSources());
				return publishStory(updated, signature, IntakeResult.accepted(updated.getId()));
			}
			Stories.Story similar = this.stories.findSimilar(article.getId(), signature);
			if (similar != null) {
				ArticleSource copy = article.getSources().get(0);
				String key = Stories.sourceKey(copy);
				if (key == null || similar.hasSource(key)) {
					return duplicateOf(similar);
				}
				List<ArticleSource> sources = new ArrayList<>(similar.article().getSources());
				sources.add(copy);
				Article merged = Article.newBuilder(similar.article()).setSources(sources).build();
				logger.debug("Article {} is a copy of {}: added as its source {}", article.getId(), merged.getId(), key);
				return publishStory(merged, similar.signature(), IntakeResult.merged(merged.getId()));
			}
			CompletableFuture<Void> publication = new CompletableFuture<>();
			Optional<CompletableFuture<Void>> earlier = this.recentArticles.claim(article.getId(),
					article.getContentHash(), publication);
			if (earlier.isPresent()) {
				// known from before the stories' memory: a duplicate, and a story to compare copies with again
				this.stories.put(article, signature, earlier.get());
				return awaitPublication(earlier.get(), article.getId()).thenReturn(IntakeResult.duplicate(article.getId()));
			}
			this.stories.put(article, signature, publication);
			send(article).whenComplete(completeInto(publication));
			return awaitPublication(publication, article.getId()).thenReturn(IntakeResult.accepted(article.getId()));
		}
	}

	/** Answers once the story's latest record is published, publishing it again if that failed. */
	private Mono<IntakeResult> duplicateOf(Stories.Story story) {
		if (story.publication().isCompletedExceptionally()) {
			return publishStory(story.article(), story.signature(), IntakeResult.duplicate(story.article().getId()));
		}
		return awaitPublication(story.publication(), story.article().getId())
			.thenReturn(IntakeResult.duplicate(story.article().getId()));
	}

	private Mono<IntakeResult> publishStory(Article article, int[] signature, IntakeResult result) {
		CompletableFuture<Void> publication = new CompletableFuture<>();
		this.stories.put(article, signature, publication);
		this.recentArticles.claim(article.getId(), article.getContentHash(), publication);
		send(article).whenComplete(completeInto(publication));
		return awaitPublication(publication, article.getId()).thenReturn(result);
	}

	private CompletableFuture<?> send(Article article) {
		try {
			return this.kafkaTemplate.send(Topics.ARTICLES_RAW, article.getId(), article);
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private static java.util.function.BiConsumer<Object, Throwable> completeInto(CompletableFuture<Void> publication) {
		return (result, failure) -> {
			if (failure == null) {
				publication.complete(null);
			}
			else {
				logger.warn("Could not publish an article: {}", failure.getMessage());
				publication.completeExceptionally(failure);
			}
		};
	}

	private static Mono<Void> awaitPublication(CompletableFuture<Void> publication, String articleId) {
		// suppressCancel: a client that hangs up must not cancel a publication others wait on
		return Mono.fromFuture(publication, true)
			.onErrorMap((failure) -> new ArticleNotPublishedException(articleId, failure));
	}

	private Article toArticle(ArticleSubmission submission) {
		String id = (submission.id() != null) ? submission.id()
				: ArticleIds.idFor(submission.url(), submission.title(), submission.body());
		String title = submission.title().strip();
		String body = submission.body().strip();
		String language = (submission.languageCode() != null) ? submission.languageCode()
				: this.languageDetection.detect(title + "\n" + body).orElse(null);
		ArticleSource source = new ArticleSource(submission.source(), submission.url(), title,
				(submission.publishedInstant() != null) ? submission.publishedInstant().toEpochMilli() : null);
		return Article.newBuilder()
			.setId(id)
			.setSource(submission.source())
			.setUrl(submission.url())
			.setTitle(title)
			.setBody(body)
			.setLanguage(language)
			.setPublishedAt(submission.publishedInstant())
			.setReceivedAt(this.clock.instant())
			.setContentHash(ArticleIds.contentHash(submission.title(), submission.body()))
			.setSources(List.of(source))
			.build();
	}

	private static Article withSources(Article article, List<ArticleSource> earlier) {
		List<ArticleSource> sources = new ArrayList<>(earlier);
		ArticleSource own = article.getSources().get(0);
		String key = Stories.sourceKey(own);
		if (key == null || sources.stream().noneMatch((source) -> key.equals(Stories.sourceKey(source)))) {
			sources.add(own);
		}
		return Article.newBuilder(article).setSources(sources).build();
	}

	/** What became of a submitted article. */
	public record IntakeResult(String id, Status status) {

		static IntakeResult accepted(String id) {
			return new IntakeResult(id, Status.ACCEPTED);
		}

		static IntakeResult duplicate(String id) {
			return new IntakeResult(id, Status.DUPLICATE);
		}

		static IntakeResult merged(String id) {
			return new IntakeResult(id, Status.MERGED);
		}

		public enum Status {

			/** New: published to articles.raw.v1. */
			ACCEPTED,

			/** Published before: nothing new was published. */
			DUPLICATE,

			/**
			 * The same story as an article published before, from another outlet: recorded as
			 * one more of that article's sources (its id is the answer's), which was
			 * republished with the same content hash.
			 */
			MERGED;

			String tag() {
				return name().toLowerCase(Locale.ROOT);
			}

		}

	}

}
