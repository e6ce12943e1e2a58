package io.pactwatch.ingest.page;

/** A fetched page that holds no article pactwatch can read. */
public class PageNotReadableException extends RuntimeException {

	private final String url;

	PageNotReadableException(String url, String message) {
		super(message);
		this.url = url;
	}

	public String getUrl() {
		return this.url;
	}

}
