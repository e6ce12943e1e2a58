package io.pactwatch.extraction.extractor;

import java.time.Instant;

/**
 * What the extractor reads of an article.
 *
 * @param id the article id
 * @param title the headline, may be empty
 * @param body the text; evidence offsets refer to it
 * @param publishedAt when it was published, {@code null} if unknown (relative dates then stay unresolved)
 * @param language ISO 639-1 code if known, else {@code null}
 */
public record ArticleText(String id, String title, String body, Instant publishedAt, String language) {

	public ArticleText {
		title = (title != null) ? title : "";
		body = (body != null) ? body : "";
	}

}
