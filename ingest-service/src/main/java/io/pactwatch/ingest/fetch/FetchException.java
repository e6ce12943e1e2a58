package io.pactwatch.ingest.fetch;

/** A URL that could not be fetched, and why. */
public class FetchException extends RuntimeException {

	/** Why a fetch failed. */
	public enum Reason {

		/** Not http or https, or an address pactwatch may not reach. */
		REFUSED,

		/** The body is larger than the limit. */
		TOO_LARGE,

		/** No complete answer within the time limit. */
		TIMEOUT,

		/** More redirects than allowed, or a redirect without a usable location. */
		TOO_MANY_REDIRECTS,

		/** The host did not resolve or the connection failed. */
		UNREACHABLE,

		/** The server answered with an error status. */
		HTTP_ERROR

	}

	private final Reason reason;

	private final String url;

	public FetchException(Reason reason, String url, String message) {
		super(message);
		this.reason = reason;
		this.url = url;
	}

	public Reason getReason() {
		return this.reason;
	}

	public String getUrl() {
		return this.url;
	}

}
