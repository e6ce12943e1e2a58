package io.pactwatch.extraction.extractor.trigger;

import io.pactwatch.schemas.Milestone;

/**
 * A milestone stated in a sentence.
 *
 * @param milestone the milestone
 * @param pattern the pattern that matched
 * @param span where it matched (token indices) and its head
 */
public record TriggerMatch(Milestone milestone, TriggerPattern pattern, TriggerPattern.Span span) {

	public int head() {
		return this.span.head();
	}

	public boolean nominal() {
		return this.pattern.has(TriggerPattern.Option.NOMINAL);
	}

}
