package io.pactwatch.ingest.feed;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one poll of a feed gave.
 *
 * @param feedId the feed
 * @param status FETCHED, NOT_MODIFIED (the server answered 304 to the conditional request)
 * or FAILED
 * @param entries entries in the feed
 * @param newEntries entries not read before, the ones read now
 * @param articles what became of each new entry
 * @param error why the poll failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PollReport(String feedId, String status, int entries, int newEntries, List<EntryOutcome> articles,
		String error) {

	/**
	 * One new entry.
	 *
	 * @param link the entry's page
	 * @param id the article's id, when one was taken
	 * @param status ACCEPTED, DUPLICATE, MERGED or SKIPPED
	 * @param error why it was skipped
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record EntryOutcome(String link, String id, String status, String error) {
	}

}
