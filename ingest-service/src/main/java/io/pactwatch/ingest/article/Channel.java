package io.pactwatch.ingest.article;

/** How an article reached pactwatch; a tag of the intake metrics. */
public enum Channel {

	/** {@code POST /api/articles}. */
	API,

	/** A line of {@code POST /api/articles/bulk}. */
	BULK,

	/** {@code POST /api/articles/url}: a page fetched on request. */
	URL,

	/** An entry of a polled feed. */
	FEED;

	String tag() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
