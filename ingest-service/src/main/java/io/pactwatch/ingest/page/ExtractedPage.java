package io.pactwatch.ingest.page;

import java.time.Instant;

/**
 * The article read from a web page.
 *
 * @param url the page's canonical URL (its {@code <link rel="canonical">} on the same host),
 * else the URL it was fetched from
 * @param title from the page's metadata (Open Graph, Twitter card), else its headline or
 * {@code <title>}
 * @param text the article's text, paragraphs separated by blank lines, without navigation,
 * scripts, advertisements and other boilerplate
 * @param publishedAt from the page's metadata, or {@code null}
 * @param siteName the outlet's name from the page's metadata, or {@code null}
 */
public record ExtractedPage(String url, String title, String text, Instant publishedAt, String siteName) {
}
