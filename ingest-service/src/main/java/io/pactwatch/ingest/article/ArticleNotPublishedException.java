package io.pactwatch.ingest.article;

/** Kafka did not take the article in time; the client may retry. */
public class ArticleNotPublishedException extends RuntimeException {

	ArticleNotPublishedException(String articleId, Throwable cause) {
		super("Article " + articleId + " could not be published: " + cause.getMessage(), cause);
	}

}
