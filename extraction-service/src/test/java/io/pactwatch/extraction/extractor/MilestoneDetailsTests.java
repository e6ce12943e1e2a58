package io.pactwatch.extraction.extractor;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pactwatch.schemas.Domain;
import io.pactwatch.schemas.Instrument;
import io.pactwatch.schemas.Milestone;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates, instruments and domains of milestones, by class of phrasing (our own sentences). */
class MilestoneDetailsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			China and Russia signed a space cooperation agreement in Moscow on Tuesday.         | 2017-10-19 | 2017-10-17
			Japan and India will sign the pact in October.                                      | 2017-09-22 | 2017-10
			Kenya and Uganda are to sign a rail deal on Friday.                                 | 2017-09-20 | 2017-09-22
			The treaty between Chile and Peru was signed on March 29, officials said.            | 2017-04-02 | 2017-03-29
			Egypt and Jordan will sign the gas contract next month.                              | 2017-09-22 | 2017-10
			""")
	void datesTheMilestoneAgainstThePublicationDate(String text, String published, String date) {
		List<ExtractedMilestone> found = SharedExtractor.extract(text, published);
		assertThat(found).anySatisfy(m -> {
			assertThat(m.milestone()).isEqualTo(Milestone.SIGNED);
			assertThat(m.date()).isNotNull();
			assertThat(m.date().iso()).isEqualTo(date);
		});
	}

	@Test
	void leavesRelativeDatesOutWithoutAPublicationDate() {
		List<ExtractedMilestone> found = SharedExtractor.extract("Chile and Peru signed a treaty on Tuesday.", null);
		assertThat(found).singleElement().satisfies(m -> assertThat(m.date()).isNull());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Iran and Iraq signed a peace treaty ending the war.                             | TREATY      | PEACE
			Norway and Sweden signed a memorandum of understanding on satellite launches.   | MOU         | SPACE
			Nigeria and Shell Oil Co signed a gas supply contract.                          | CONTRACT    | ENERGY
			Ghana and the IMF signed a loan agreement to restructure its debt.              | AGREEMENT   | FINANCE
			The two Koreas signed a joint declaration.                                      | DECLARATION |
			""")
	void classifiesInstrumentAndDomain(String text, Instrument instrument, Domain domain) {
		List<ExtractedMilestone> found = SharedExtractor.extract(text, "2019-05-10");
		assertThat(found).anySatisfy(m -> {
			assertThat(m.instrument()).isEqualTo(instrument);
			if (domain != null) {
				assertThat(m.domain()).isEqualTo(domain);
			}
		});
	}

	@Test
	void evidenceIsTheFirstSentenceStatingTheMilestoneWithItsOffsets() {
		String body = "WELLINGTON, May 10 - Markets were calm. New Zealand and Fiji signed a fisheries pact. "
				+ "The pact was signed in Suva.";
		List<ExtractedMilestone> found = SharedExtractor.extract(body, "2019-05-10");
		assertThat(found).singleElement().satisfies(m -> {
			assertThat(m.evidence()).isEqualTo("New Zealand and Fiji signed a fisheries pact.");
			assertThat(body.substring(m.evidenceStart(), m.evidenceEnd())).isEqualTo(m.evidence());
			assertThat(m.parties()).containsExactly("FJI", "NZL");
			assertThat(m.partySurfaceForms()).containsExactly("Fiji", "New Zealand");
		});
	}

}
