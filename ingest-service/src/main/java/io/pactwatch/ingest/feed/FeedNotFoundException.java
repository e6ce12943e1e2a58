package io.pactwatch.ingest.feed;

/** No feed has the id asked for. */
public class FeedNotFoundException extends RuntimeException {

	FeedNotFoundException(String id) {
		super("No feed has the id '" + id + "'.");
	}

}
