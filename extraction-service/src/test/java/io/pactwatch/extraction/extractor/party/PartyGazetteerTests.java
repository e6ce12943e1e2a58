package io.pactwatch.extraction.extractor.party;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PartyGazetteerTests {

	private static final PartyGazetteer GAZETTEER = PartyGazetteer.load("extraction/party-aliases.tsv");

	private static final LocalDate Y2017 = LocalDate.of(2017, 9, 22);

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Turkey                | TUR
			Bosnia & Herzegovina  | BIH
			Bosnia and Herzegovina| BIH
			Saint Kitts and Nevis | KNA
			Cote d'Ivoire         | CIV
			Myanmar               | MMR
			U.S.                  | USA
			Britain               | GBR
			Chinese               | CHN
			Beijing               | CHN
			the Kremlin           | RUS
			Roscosmos             | RUS
			CNSA                  | CHN
			NASA                  | USA
			European Commission   | EU
			EEC                   | EU
			World Bank            | WB
			OPEC                  | OPEC
			International Coffee Organization | ICO
			Soviet Union          | SUN
			East Germany          | DDR
			Yugoslavia            | YUG
			Hong Kong             | HKG
			Sonatrach             | org:sonatrach
			""")
	void mapsNamesToPartyCodes(String name, String code) {
		assertThat(GAZETTEER.codeOf(name, Y2017)).isEqualTo(code);
	}

	@Test
	void statesComeFromTheJdksIsoData() {
		assertThat(GAZETTEER.codeOf("Burkina Faso", Y2017)).isEqualTo("BFA");
		assertThat(GAZETTEER.codeOf("Papua New Guinea", Y2017)).isEqualTo("PNG");
	}

	@Test
	void aliasesFollowHistory() {
		LocalDate y1987 = LocalDate.of(1987, 3, 2);
		assertThat(GAZETTEER.codeOf("Moscow", y1987)).isEqualTo("SUN");
		assertThat(GAZETTEER.codeOf("Moscow", Y2017)).isEqualTo("RUS");
		assertThat(GAZETTEER.codeOf("Russia", y1987)).isEqualTo("SUN");
		assertThat(GAZETTEER.codeOf("Russia", null)).isEqualTo("RUS");
		assertThat(GAZETTEER.codeOf("Reagan", y1987)).isEqualTo("USA");
		assertThat(GAZETTEER.codeOf("Reagan", Y2017)).isNull();
	}

	@Test
	void findsTheLongestNamesInText() {
		String text = "Papua New Guinea and the U.S. Virgin Islands met CHINESE officials.";
		List<PartyMention> found = GAZETTEER.find(text, 0, text.length(), Y2017);
		assertThat(found).extracting(PartyMention::code).containsExactly("PNG", "VIR", "CHN");
	}

	@Test
	void readsPossessivesAndSentenceEnds() {
		String text = "Nigeria's debt talks with Britain.";
		assertThat(GAZETTEER.find(text, 0, text.length(), Y2017)).extracting(PartyMention::code)
			.containsExactly("NGA", "GBR");
	}

	@Test
	void matchesNamesCaseSensitively() {
		String text = "They ate turkey in china cups.";
		assertThat(GAZETTEER.find(text, 0, text.length(), Y2017)).isEmpty();
	}

}
