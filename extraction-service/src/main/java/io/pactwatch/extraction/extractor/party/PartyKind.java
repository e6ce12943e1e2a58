package io.pactwatch.extraction.extractor.party;

/** How the text named a party; matters for locations ("talks in Moscow") and attributions. */
public enum PartyKind {

	/** A state's name ("Turkey", "the U.S."). */
	STATE,
	/** A state, province or region within a state, standing for that state ("Hawaii", "Quebec"). */
	REGION,
	/** A demonym used as the state ("Chinese and Russian officials"). */
	DEMONYM,
	/** A capital standing for its government ("Beijing"), also a place ("talks in Moscow"). */
	CAPITAL,
	/** A government body, agency or seat of power ("Roscosmos", "the Kremlin"). */
	AGENCY,
	/** An intergovernmental organisation ("OPEC", "the World Bank"). */
	IGO,
	/** Any other organisation: a company, a bank, a party, a union. */
	ORG;

	public boolean isState() {
		return this == STATE || this == REGION || this == DEMONYM || this == CAPITAL || this == AGENCY;
	}

}
