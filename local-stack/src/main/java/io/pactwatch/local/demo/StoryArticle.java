package io.pactwatch.local.demo;

/**
 * One article of the demo story, in the fields of the ingest API.
 *
 * @param source the outlet
 * @param url where it was published
 * @param title the headline
 * @param body the text
 * @param publishedAt ISO 8601 instant
 */
public record StoryArticle(String source, String url, String title, String body, String publishedAt) {
}
