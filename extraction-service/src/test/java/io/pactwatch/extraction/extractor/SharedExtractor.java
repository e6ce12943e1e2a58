package io.pactwatch.extraction.extractor;

import java.time.Instant;
import java.util.List;

/** One extractor for all the tests of the module: loading the models takes about a second. */
final class SharedExtractor {

	private static final MilestoneExtractor EXTRACTOR = MilestoneExtractor.createDefault();

	private SharedExtractor() {
	}

	static MilestoneExtractor get() {
		return EXTRACTOR;
	}

	/** Extracts from a one-paragraph article published at {@code published} (ISO date, or null). */
	static List<ExtractedMilestone> extract(String body, String published) {
		Instant at = (published != null) ? Instant.parse(published + "T12:00:00Z") : null;
		return EXTRACTOR.extract(new ArticleText("test", "", body, at, "en"));
	}

}
