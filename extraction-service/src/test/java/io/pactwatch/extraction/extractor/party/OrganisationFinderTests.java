package io.pactwatch.extraction.extractor.party;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationFinderTests {

	private final OrganisationFinder organisations = new OrganisationFinder();

	@Test
	void findsNamesBeforeALegalForm() {
		String text = "Acme Widgets Corp and Globex Industries Inc signed a deal.";
		assertThat(this.organisations.find(text, 0, text.length())).extracting(PartyMention::code)
			.containsExactly("org:acme widgets", "org:globex industries");
	}

	@Test
	void findsNamesBeforeATickerAndInsideAngleBrackets() {
		String text = "Initech <INTC.N> bought a stake in <Hooli Media Co>.";
		assertThat(this.organisations.find(text, 0, text.length())).extracting(PartyMention::code)
			.containsExactlyInAnyOrder("org:initech", "org:hooli media");
	}

	@Test
	void findsAnOrganisationSpeakingForItself() {
		String text = "Vandelay said it signed a supply contract.";
		assertThat(this.organisations.find(text, 0, text.length())).extracting(PartyMention::code)
			.containsExactly("org:vandelay");
	}

	@Test
	void findsNamesByTheirHeadWord() {
		String text = "Delta Air Lines and the Transport Workers Union reached a deal.";
		assertThat(this.organisations.find(text, 0, text.length())).extracting(PartyMention::code)
			.containsExactlyInAnyOrder("org:delta air lines", "org:transport workers union");
	}

	@Test
	void findsNamesIntroducedByWhatTheyAre() {
		String text = "The shipping line Nordsee Transport and Vandex, a Dutch insurer, signed.";
		assertThat(this.organisations.find(text, 0, text.length())).extracting(PartyMention::code)
			.containsExactlyInAnyOrder("org:nordsee transport", "org:vandex");
	}

	@Test
	void aGenericBankIsNoName() {
		String text = "The Central Bank said the National Bank agreed.";
		assertThat(this.organisations.find(text, 0, text.length())).isEmpty();
	}

	@Test
	void aTitleWordInsideACompanysLegalNameIsNoPerson() {
		String text = "General Motors Corp signed a contract.";
		assertThat(this.organisations.find(text, 0, text.length())).extracting(PartyMention::code)
			.containsExactly("org:general motors");
	}

	@Test
	void aTitledPersonIsNoOrganisation() {
		String text = "Finance Minister Jane Doe said it was a good deal.";
		assertThat(this.organisations.find(text, 0, text.length())).isEmpty();
	}

}
