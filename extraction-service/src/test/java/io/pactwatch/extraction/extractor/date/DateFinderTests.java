package io.pactwatch.extraction.extractor.date;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pactwatch.extraction.extractor.DateValue;

import static org.assertj.core.api.Assertions.assertThat;

class DateFinderTests {

	private static final LocalDate THURSDAY_2017_09_21 = LocalDate.of(2017, 9, 21);

	private final DateFinder dates = new DateFinder();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			They will sign the pact in October.                   | false | 2017-10
			They agreed an October signing.                       | false | 2017-10
			They met back in June.                                | true  | 2017-06
			They will meet in March.                              | false | 2018-03
			The accord was signed on March 29.                    | true  | 2017-03-29
			The accord expires on Sept 30, 1988.                  | false | 1988-09-30
			It was signed on 4 July 2015.                         | true  | 2015-07-04
			They signed it on Tuesday.                            | true  | 2017-09-19
			They will sign it on Tuesday.                         | false | 2017-09-26
			The pact was signed today.                            | true  | 2017-09-21
			The pact was signed last night.                       | true  | 2017-09-20
			They will sign it tomorrow.                           | false | 2017-09-22
			Talks resume next month.                              | false | 2017-10
			The deal should be ready by the end of the year.      | false | 2017
			They hope to agree next year.                         | false | 2018
			The treaty will be ready within three to four months. | false | 2017
			It will take effect in 2019.                          | false | 2019
			""")
	void normalisesDatesAgainstThePublicationDate(String text, boolean past, String iso) {
		List<DateMention> found = this.dates.find(text, 0, text.length(), THURSDAY_2017_09_21, past);
		assertThat(found).extracting(d -> d.value().iso()).contains(iso);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Last September, the two sides agreed to meet.         | false | 2016-09
			Last May, a senator said it would be difficult.       | false | 2017-05
			They met last March in Geneva.                        | false | 2017-03
			Talks resume next September.                          | true  | 2018-09
			The pact will be signed next May.                     | true  | 2018-05
			""")
	void lastAndNextMonthsLieStrictlyBeforeOrAfterTheCurrentMonth(String text, boolean past, String iso) {
		List<DateMention> found = this.dates.find(text, 0, text.length(), THURSDAY_2017_09_21, past);
		assertThat(found).extracting(d -> d.value().iso()).containsExactly(iso);
	}

	@Test
	void keepsThePrecisionTheTextGives() {
		String text = "Signed on March 29, the pact runs to 2020 and talks resume in May.";
		List<DateMention> found = this.dates.find(text, 0, text.length(), THURSDAY_2017_09_21, true);
		assertThat(found).extracting(DateMention::value)
			.contains(new DateValue("2017-03-29", io.pactwatch.schemas.DatePrecision.DAY),
					new DateValue("2020", io.pactwatch.schemas.DatePrecision.YEAR),
					new DateValue("2017-05", io.pactwatch.schemas.DatePrecision.MONTH));
	}

	@Test
	void leavesRelativeDatesOutWithoutAPublicationDate() {
		String text = "They signed on Tuesday a pact agreed in October 2016, to run until next year.";
		List<DateMention> found = this.dates.find(text, 0, text.length(), null, true);
		assertThat(found).extracting(d -> d.value().iso()).containsExactly("2016-10");
	}

	@Test
	void aMonthInsideANameIsNoDate() {
		String text = "The satellite flew on a Long March rocket.";
		assertThat(this.dates.find(text, 0, text.length(), THURSDAY_2017_09_21, true)).isEmpty();
	}

	@Test
	void aYearNamingAnAgreementIsNoDate() {
		String text = "Japan will ratify the 1986 cocoa agreement.";
		assertThat(this.dates.find(text, 0, text.length(), THURSDAY_2017_09_21, false)).isEmpty();
	}

	@Test
	void aClockTimeIsNoYear() {
		String text = "A full council meeting is set for 1900 hours local.";
		assertThat(this.dates.find(text, 0, text.length(), THURSDAY_2017_09_21, false)).isEmpty();
	}

	@Test
	void aYearOpeningTheSentenceIsFound() {
		String text = "Since 1978 the accords have been extended every year.";
		assertThat(this.dates.find(text, 0, text.length(), THURSDAY_2017_09_21, true)).extracting(d -> d.value().iso())
			.containsExactly("1978");
	}

	@Test
	void vagueRelativeDatesKeepTheDayTheyPointAt() {
		String text = "The pact, signed two weeks ago, awaits ratification.";
		DateMention twoWeeksAgo = this.dates.find(text, 0, text.length(), THURSDAY_2017_09_21, true).get(0);
		assertThat(twoWeeksAgo.value().iso()).isEqualTo("2017-09");
		assertThat(twoWeeksAgo.latestMeant()).isEqualTo(LocalDate.of(2017, 9, 7));
	}

	@Test
	void findsTermsAsRangesOrEnds() {
		TermFinder terms = new TermFinder(this.dates);
		String range = "The agreement is to run from 2018 through 2022.";
		Term term = terms.find(range, 0, range.length(), THURSDAY_2017_09_21);
		assertThat(term.start().iso()).isEqualTo("2018");
		assertThat(term.end().iso()).isEqualTo("2022");
		String until = "The pact, which runs until December, 1990, channels aid.";
		assertThat(terms.find(until, 0, until.length(), THURSDAY_2017_09_21).end().iso()).isEqualTo("1990-12");
	}

}
