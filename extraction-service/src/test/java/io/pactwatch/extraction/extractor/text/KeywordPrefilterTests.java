package io.pactwatch.extraction.extractor.text;

import org.junit.jupiter.api.Test;

import io.pactwatch.extraction.extractor.trigger.TriggerLexicon;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordPrefilterTests {

	private static final Inflections INFLECTIONS = Inflections.load("extraction/irregular-verbs.tsv");

	private static final KeywordPrefilter PREFILTER = new KeywordPrefilter(TriggerLexicon
		.load("extraction/triggers.tsv")
		.requiredForms(WordClasses.load("extraction/word-classes.tsv"), INFLECTIONS));

	@Test
	void letsThroughTextsThatMayStateAMilestone() {
		assertThat(PREFILTER.mayMention("The two sides inked a cease-fire on Monday.")).isTrue();
		assertThat(PREFILTER.mayMention("The treaty came into force in May.")).isTrue();
		assertThat(PREFILTER.mayMention("Talks broke down.")).isTrue();
	}

	@Test
	void stopsTextsWithoutTheWordsOfAnyPattern() {
		assertThat(PREFILTER.mayMention("Shares closed higher as the market came into focus.")).isFalse();
		assertThat(PREFILTER.mayMention("The agreement was a big one.")).isFalse();
		assertThat(PREFILTER.mayMention("")).isFalse();
	}

	@Test
	void inflectsRegularAndIrregularVerbs() {
		assertThat(INFLECTIONS.formsOf("sign")).contains("signs", "signed", "signing");
		assertThat(INFLECTIONS.formsOf("initial")).contains("initialled", "initialed");
		assertThat(INFLECTIONS.formsOf("ratify")).contains("ratifies", "ratified");
		assertThat(INFLECTIONS.formsOf("strike")).contains("struck");
		assertThat(INFLECTIONS.isIrregularPast("held")).isTrue();
		assertThat(INFLECTIONS.isIrregularPast("holds")).isFalse();
	}

}
