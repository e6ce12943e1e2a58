package io.pactwatch.ingest.page;

/**
 * A page to fetch and read as an article.
 *
 * @param url the page, http or https
 * @param source the outlet; by default the page's site name, else its host
 * @param language ISO 639 code; by default detected from the text
 */
public record UrlSubmission(String url, String source, String language) {
}
