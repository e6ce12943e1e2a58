package io.pactwatch.ingest.support;

import java.util.Random;
import java.util.UUID;

/**
 * Texts for tests: wire stories long enough to be compared. Each marker gives another
 * story (its words drawn in another order), so tests that run against the same service do
 * not take each other's stories for copies.
 */
public final class WireStories {

	private static final String[] WORDS = ("officials governments met geneva monday finalise text fisheries "
			+ "agreement negotiators drafting almost two years pact sets catch quotas shared stocks northern sea "
			+ "creates joint inspection body commits both sides reduce bycatch third before end decade diplomats "
			+ "said signing ceremony expected spring after parliaments reviewed final draft environmental groups "
			+ "welcomed remained too high most fragile species industry associations countries consulted would "
			+ "support transition period three kept run ten extended mutual consent according summary published "
			+ "foreign ministries evening minister told reporters talks continue week treaty ratified signed "
			+ "parties delegation border trade energy space cooperation satellite launch research").split(" ");

	private WireStories() {
	}

	/** A story of 150 words of its own, the same for the same marker. */
	public static String body(String marker) {
		Random random = new Random(marker.hashCode());
		StringBuilder text = new StringBuilder("Reference ").append(marker).append(':');
		for (int i = 0; i < 150; i++) {
			text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
			if (i % 15 == 14) {
				text.append('.');
			}
		}
		return text.toString();
	}

	public static String uniqueBody() {
		return body(UUID.randomUUID().toString());
	}

}
