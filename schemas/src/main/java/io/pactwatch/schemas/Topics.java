package io.pactwatch.schemas;

/**
 * The Kafka topics that carry pactwatch's event contracts. Every {@code agreement.*}
 * record is keyed by agreement id so that one agreement's events stay in one partition
 * and in order.
 */
public final class Topics {

	/** {@link Article}s accepted by ingest-service, keyed by article id. */
	public static final String ARTICLES_RAW = "articles.raw.v1";

	/** {@link MilestoneMention}s read from articles, keyed by agreement id. */
	public static final String AGREEMENT_MENTIONS = "agreement.mentions.v1";

	/** {@link MilestoneEvent}s, one per lifecycle transition, keyed by agreement id. */
	public static final String AGREEMENT_MILESTONES = "agreement.milestones.v1";

	/** {@link Agreement} current state, compacted, keyed by agreement id. */
	public static final String AGREEMENT_STATE = "agreement.state.v1";

	/** Suffix of the dead-letter topic that takes the records a consumer cannot read. */
	public static final String DEAD_LETTER_SUFFIX = ".DLT";

	private Topics() {
	}

	public static String deadLetter(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
