package io.pactwatch.extraction.extractor;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression fixtures by class of phrasing, one parameterized test per class. Every sentence
 * is our own wording. Columns: article text | publication date | milestone | status | parties.
 */
class PhrasingClassesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Brazil and Argentina will sign a border cooperation treaty next month.                  | 2019-05-10 | SIGNED | EXPECTED | ARG,BRA
			Kenya is to sign a fisheries accord with Tanzania in Nairobi on Friday.                 | 2019-05-10 | SIGNED | EXPECTED | KEN,TZA
			Japan and India are expected to sign a nuclear cooperation pact during the visit.       | 2019-05-10 | SIGNED | EXPECTED | IND,JPN
			Egypt and Sudan plan to sign a water-sharing agreement this year.                       | 2019-05-10 | SIGNED | EXPECTED | EGY,SDN
			Vietnam could sign a trade pact with Canada before the summit.                          | 2019-05-10 | SIGNED | EXPECTED | CAN,VNM
			Ghana would sign the accord with Togo if the border dispute is settled.                 | 2019-05-10 | SIGNED | EXPECTED | GHA,TGO
			Chile hopes to sign a free trade agreement with South Korea.                            | 2019-05-10 | SIGNED | EXPECTED | CHL,KOR
			Officials said signing the water accord between Laos and Thailand would take years.     | 2019-05-10 | SIGNED | EXPECTED | LAO,THA
			""")
	void modalFutureAndHedgedSigningsAreExpected(String text, String published, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, published, milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The trade deal between Peru and Chile is slated for signing in March.                   | 2019-01-10 | SIGNED   | EXPECTED | CHL,PER
			The signing of the migration pact between Italy and Tunisia is scheduled for October.  | 2019-05-10 | SIGNED   | EXPECTED | ITA,TUN
			The accord between Spain and Morocco is ready for signing, officials said.              | 2019-05-10 | SIGNED   | EXPECTED | ESP,MAR
			Norway and Iceland set an October signing for the fisheries accord.                     | 2019-05-10 | SIGNED   | EXPECTED | ISL,NOR
			""")
	void nominalisedSigningsAreReadFromTheirGoverningWords(String text, String published, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, published, milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Iran refused to sign the protocol with the IAEA.                                        | 2019-05-10 | SIGNED     | NEGATED | IAEA,IRN
			Ukraine failed to sign the gas contract with Russia.                                    | 2019-05-10 | SIGNED     | NEGATED | RUS,UKR
			Poland has not ratified the treaty with Lithuania.                                      | 2019-05-10 | RATIFIED   | NEGATED | LTU,POL
			Turkey denied it would withdraw from the defence pact with Greece.                      | 2019-05-10 | TERMINATED | NEGATED | GRC,TUR
			Hungary and Austria did not sign the water accord.                                      | 2019-05-10 | SIGNED     | NEGATED | AUT,HUN
			""")
	void refusalsAndNegationsAreNegated(String text, String published, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, published, milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Peru won't sign the mining accord with Bolivia, its president said.                     | 2019-05-10 | SIGNED   | NEGATED | BOL,PER
			Latvia didn't ratify the border treaty with Estonia.                                    | 2019-05-10 | RATIFIED | NEGATED | EST,LVA
			Mali hasn’t signed the security pact with Niger.                                        | 2019-05-10 | SIGNED   | NEGATED | MLI,NER
			Cuba cannot sign the fisheries agreement with Mexico.                                   | 2019-05-10 | SIGNED   | NEGATED | CUB,MEX
			Belarus and Lithuania couldn't agree on a transit deal.                                 | 2019-05-10 | AGREED   | NEGATED | BLR,LTU
			""")
	void contractedNegationsAreNegated(String text, String published, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, published, milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The fisheries treaty between Norway and Iceland has yet to be ratified.                 | 2019-05-10 | RATIFIED | EXPECTED | ISL,NOR
			Bulgaria still has to sign the energy agreement with Romania.                           | 2019-05-10 | SIGNED   | EXPECTED | BGR,ROU
			""")
	void pendingStepsAreExpected(String text, String published, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, published, milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The accord between Greece and Cyprus was inked in Athens on Monday.                     | 2019-05-10 | SIGNED | OCCURRED | CYP,GRC
			A defence pact was signed by France and Germany in Paris.                               | 2019-05-10 | SIGNED | OCCURRED | DEU,FRA
			A loan agreement has been signed by Pakistan and the World Bank.                        | 2019-05-10 | SIGNED | OCCURRED | PAK,WB
			""")
	void passiveSigningsOccurred(String text, String published, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, published, milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Mexico said it had signed a loan agreement with the World Bank.                         | 2019-05-10 | SIGNED | OCCURRED | MEX,WB
			Thai officials said they would sign a rice deal with the Philippines.                   | 2019-05-10 | SIGNED | EXPECTED | PHL,THA
			Acme Widgets Corp said it signed a supply contract with Globex Inc.                     | 2019-05-10 | SIGNED | OCCURRED | org:acme widgets,org:globex
			""")
	void reportedSpeechKeepsTheReportedStatus(String text, String published, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, published, milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Australia and Indonesia met in Jakarta. The two countries signed a maritime border treaty on Friday.       | 2019-05-10 | SIGNED | OCCURRED | AUS,IDN
			Officials from Ecuador and Colombia met on Monday. Both sides agreed to hold talks on a border accord.    | 2019-05-10 | TALKS  | EXPECTED | COL,ECU
			""")
	void backReferencesResolveToThePartiesNamedEarlier(String text, String published, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, published, milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Officials from Nepal and India held talks on a power trade agreement on Tuesday.        | 2019-05-10 | TALKS            | OCCURRED | IND,NPL
			Talks between Serbia and Kosovo on a normalisation accord broke down on Friday.         | 2019-05-10 | TALKS_BROKEN_OFF | OCCURRED | SRB,XKX
			Chinese and Russian space agency officials held talks in Moscow on a lunar pact.        | 2017-06-10 | TALKS            | OCCURRED | CHN,RUS
			Egypt and the Soviet Union will hold talks on debt rescheduling next week.              | 1987-03-10 | TALKS            | EXPECTED | EGY,SUN
			Ghana and Togo have nearly completed talks on a maritime border accord.                 | 2019-05-10 | TALKS            | OCCURRED | GHA,TGO
			Benin and Niger nearly held talks on a river transport accord.                          | 2019-05-10 | TALKS            | NEGATED  | BEN,NER
			""")
	void talksAreHeldOrExpected(String text, String published, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, published, milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Delegations from Chile and Bolivia held talks on a water-sharing accord in La Paz on Monday and agreed to meet again in May. | 2019-05-10 | TALKS | OCCURRED | BOL,CHL
			Mongolia and Kazakhstan agreed to resume talks on a rail transit agreement.              | 2019-05-10 | TALKS | EXPECTED | KAZ,MNG
			Slovenia and Croatia agreed to negotiate a new border treaty.                          | 2019-05-10 | TALKS | EXPECTED | HRV,SVN
			""")
	void agreeingToMeetOrTalkIsPlannedTalksNotAnAgreement(String text, String published, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, published, milestone, status, parties);
		assertThat(SharedExtractor.extract(text, published)).as("milestones of: %s", text)
			.noneSatisfy(m -> assertThat(m.milestone()).isEqualTo(Milestone.AGREED));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The arms treaty between the United States and Russia entered into force on Thursday.    | 2019-05-10 | IN_FORCE   | OCCURRED | RUS,USA
			Canada and the European Union extended their fisheries agreement by two years.          | 2019-05-10 | EXTENDED   | OCCURRED | CAN,EU
			The coffee agreement of the International Coffee Organization expires in September.    | 2019-05-10 | TERMINATED | EXPECTED | ICO
			OPEC ministers reached an agreement on output cuts in Vienna on Saturday.               | 2019-05-10 | AGREED     | OCCURRED | OPEC
			Belarus ratified the customs treaty with Kazakhstan on Wednesday.                       | 2019-05-10 | RATIFIED   | OCCURRED | BLR,KAZ
			Venezuela suspended its oil supply agreement with Cuba.                                 | 2019-05-10 | SUSPENDED  | OCCURRED | CUB,VEN
			France agreed with Gabon to reschedule its bilateral debts.                             | 2019-05-10 | AGREED     | OCCURRED | FRA,GAB
			""")
	void otherMilestonesAreRecognised(String text, String published, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, published, milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Bolivia and Peru signed a gas pact last year, officials recalled.                                  | 2019-05-10 | SIGNED | HISTORICAL | BOL,PER
			Laos and Cambodia signed a border accord on March 2, the ministry said.                             | 2019-09-10 | SIGNED | HISTORICAL | KHM,LAO
			News of the pact first came out back in March. Laos and Cambodia had entered into talks on a border accord. | 2019-09-10 | TALKS | HISTORICAL | KHM,LAO
			""")
	void recalledEventsAreHistorical(String text, String published, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, published, milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The president signed a bill cutting fuel taxes on Monday.
			Retail sales showed signs of a recovery in the second quarter.
			Warsaw Pact troops held exercises near the border.
			The minister agreed, saying the plan was sensible.
			Shares of the company closed higher after the meeting.
			Many voters agree with the protesters' views.
			The activists signed a letter to the editor.
			Voters sign statements like that because they are in agreement with the goals of Chile and Peru.
			""")
	void wordTrapsAreNoMilestones(String text) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			If the council does agree on quotas, coffee prices will hardly change.             | AGREED
			The session offered a rare opportunity to conclude a new grain pact.               | AGREED
			Negotiators were trying to reach an agreement on the draft charter.                | AGREED
			The minister confirmed his support for an extension of the tin agreement.          | EXTENDED
			Issues discussed included ratification of the new jute accord.                      | RATIFIED
			Analysts questioned the timing of ratification of any treaty on fishing.            | RATIFIED
			The treaty will enter into force once ratified by thirty states.                    | RATIFIED
			"If the delegates go home, there is no negotiation," one diplomat said.             | TALKS
			""")
	void conditionsPossibilitiesAttemptsStancesAndTopicsAssertNoMilestone(String text, Milestone milestone) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text)
			.noneSatisfy(m -> assertThat(m.milestone()).isEqualTo(milestone));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Senior Danish cabinet ministers reached an agreement on budget savings on Monday.
			Ottawa will hold further discussions with the provincial premiers in June.
			""")
	void agreementsAmongOneStatesOwnBodiesAreDomestic(String text) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Delegates at a United Nations conference reached agreement on a new cocoa pact on Friday.                   | AGREED   | OCCURRED
			A new jute agreement will be adopted tomorrow, conference chairman Jan Kowalski of Poland said.             | AGREED   | EXPECTED
			The convention will be open for signature from June 1.                                                      | SIGNED   | EXPECTED
			""")
	void multilateralTreatiesKeepHostsAndSpeakersOutOfTheirParties(String text, Milestone milestone,
			MilestoneStatus status) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text).anySatisfy(m -> {
			assertThat(m.milestone()).isEqualTo(milestone);
			assertThat(m.status()).isEqualTo(status);
			assertThat(m.parties()).isEmpty();
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The Kenyan delegation at the International Coffee Organization (ICO) talks on quotas plans to leave tomorrow. | TALKS            | OCCURRED | ICO
			A special meeting of the International Cocoa Organization (ICCO) council failed to agree on stock rules.      | TALKS_BROKEN_OFF | OCCURRED | ICCO
			Uruguay blamed Brazil for the failure of last week's International Coffee Organization, ICO, talks.          | TALKS_BROKEN_OFF | OCCURRED | ICO
			Britain and China initialled a declaration today under which the colony of Hong Kong will be handed over.    | AGREED           | OCCURRED | CHN,GBR
			Details of yesterday's accord between Chile and Peru will be published after the signing on Friday.          | AGREED           | OCCURRED | CHL,PER
			Mongolia is likely to succeed in joining the WTO next year.                                                   | RATIFIED         | EXPECTED | MNG,WTO
			Slovakia joined NATO on Monday.                                                                                | RATIFIED         | OCCURRED | NATO,SVK
			""")
	void organisationsTalksAccessionsAndTheTerritoriesDealtWith(String text, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@Test
	void aMeetingThatFailedToAgreeIsABreakdownOnly() {
		assertThat(SharedExtractor.extract(
				"A special meeting of the International Cocoa Organization (ICCO) council failed to agree on stock rules.",
				"2019-05-10"))
			.noneSatisfy(m -> assertThat(m.milestone()).isEqualTo(Milestone.AGREED));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Delta Air Lines and Western Air Lines agreed to merge on Monday.                                    | AGREED | OCCURRED | org:delta air lines,org:western air lines
			The Hamburg-based shipping line Nordsee Transport signed an agreement with Kenya on Tuesday.        | SIGNED | OCCURRED | KEN,org:nordsee transport
			General Motors Corp and Acme Paints Inc signed a supply contract on Tuesday.                        | SIGNED | OCCURRED | org:acme paints,org:general motors
			Acme Oil Corp will sign a contract on Friday to buy a refinery in Corpus Christi, Texas.             | SIGNED | EXPECTED | org:acme oil
			""")
	void companiesAreNamedByTheirFormsHeadWordsAndDescriptors(String text, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Two previous meetings of the council were unable to agree on the rules.                        | AGREED
			Since 1990 the fisheries accords between Norway and Russia have been extended every year.      | EXTENDED
			Since the signing of the peace deal, the militia has handed in its weapons.                    | SIGNED
			Before the signing of the accord, Laos allowed only business visitors from Thailand.           | SIGNED
			The treasury ended the tax treaty after negotiations with Aruba had failed to reach agreement. | AGREED
			""")
	void backgroundEventsAreNotNews(String text, Milestone milestone) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text)
			.noneSatisfy(m -> {
				assertThat(m.milestone()).isEqualTo(milestone);
				assertThat(m.status()).isNotEqualTo(MilestoneStatus.HISTORICAL);
			});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The Freedonia Farmers League (FFL) and the Ruritanian Grain Board (RGB) reached an agreement on prices on Tuesday. | AGREED | OCCURRED | org:ffl,org:rgb
			Leaders of the National Renewal Front (NRF) said the NRF signed a ceasefire with the Sylvanian Army (SA) on Monday. | SIGNED | OCCURRED | org:nrf,org:sa
			""")
	void organisationsIntroducedWithTheirAcronymAreCodedByIt(String text, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Brazil will hold talks with the National Aeronautics and Space Administration (NASA) on a satellite agreement next week. | TALKS | EXPECTED | BRA,USA
			Officials of the Ministry of International Trade and Industry (MITI) and Canada signed a steel accord on Monday. | SIGNED | OCCURRED | CAN,JPN
			""")
	void aStateBodyIntroducedWithItsAcronymCountsAsTheState(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		List<ExtractedMilestone> found = SharedExtractor.extract(text, "2019-05-10");
		assertThat(found).as("milestones of: %s", text)
			.anySatisfy(m -> {
				assertThat(m.milestone()).isEqualTo(milestone);
				assertThat(m.status()).isEqualTo(status);
				assertThat(m.parties()).containsExactly(parties.split(","));
			});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The Pacific Cocoa Pact (PCP) was extended by two years on Monday.
			""")
	void anAcronymOfAnAgreementNamesNoOrganisation(String text) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text)
			.allSatisfy(m -> assertThat(m.parties()).doesNotContain("org:pcp"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Qantas and Jetstar agreed on a new code-share contract on Monday.                       | AGREED | OCCURRED | org:jetstar,org:qantas
			Ryanair reached a pay deal with its pilots union, Cockpit Alliance, on Tuesday.         | AGREED | OCCURRED | org:cockpit alliance,org:ryanair
			Gazprom signed a gas supply contract with Naftogaz on Tuesday.                          | SIGNED | OCCURRED | org:gazprom,org:naftogaz
			Orbitex is near a $3 billion deal to buy Telvara.                                       | AGREED | EXPECTED | org:orbitex,org:telvara
			""")
	void bareOrganisationNamesStandingWhereThePartiesStand(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			President Joseph Kamau met the board. Kamau signed a water accord with Uganda on Monday.
			Additionally, the union signed a deal with the airline on Monday.
			""")
	void peopleAndOpeningAdverbsAreNoOrganisations(String text) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text)
			.allSatisfy(m -> assertThat(m.parties()).noneMatch(p -> p.equals("org:kamau") || p.equals("org:additionally")));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Olmert and Abbas signed a framework accord on Monday.                                   | 2007-05-10 | SIGNED | OCCURRED | ISR,PSE
			Mugabe signed a trade pact with Mbeki on Monday.                                        | 2008-05-10 | SIGNED | OCCURRED | ZAF,ZWE
			Ahmadinejad signed an energy agreement with Chavez on Tuesday.                          | 2007-05-10 | SIGNED | OCCURRED | IRN,VEN
			Juba and Khartoum signed an oil transit accord on Monday.                               | 2012-05-10 | SIGNED | OCCURRED | SDN,SSD
			""")
	void leadersAndCapitalsOfTodaysStatesStandForTheirStates(String text, String published, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, published, milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The rebels will not take part in negotiations with Sudan.                               | TALKS | NEGATED  | SDN
			Zambia refused to participate in power sharing talks with Malawi.                       | TALKS | NEGATED  | MWI,ZMB
			Peru took part in the talks with Chile on Monday.                                       | TALKS | OCCURRED | CHL,PER
			""")
	void takingPartInTalksCarriesItsOwnStatus(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Talks between Fiji and Tonga broke down on Sunday. On Monday the union called off its strike, agreeing to resume negotiations. | TALKS | EXPECTED | FJI,TON
			Greece and Turkey held talks in Athens on Monday. That is why we'll continue talks in Geneva.                                 | TALKS | EXPECTED | GRC,TUR
			""")
	void resumedTalksAreTheTalksTheArticleNamedBefore(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ecuador and Colombia are close to an agreement on fishing rights.                       | AGREED | EXPECTED | COL,ECU
			Ecuador is nearing a deal with Colombia on fishing rights.                              | AGREED | EXPECTED | COL,ECU
			""")
	void aDealInSightIsExpected(String text, Milestone milestone, MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Sources close to the deal said Peru and Chile will meet again.
			""")
	void peopleCloseToADealAreNoProspectOfIt(String text) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text)
			.noneSatisfy(m -> assertThat(m.milestone()).isEqualTo(Milestone.AGREED));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Malta and Tunisia reached a hard-fought deal on Monday.                                 | AGREED | OCCURRED | MLT,TUN
			Oman and Qatar signed a US$2 billion gas deal on Monday.                                | SIGNED | OCCURRED | OMN,QAT
			Serbia and Kosovo issued a joint declaration on trade on Monday.                        | AGREED | OCCURRED | SRB,XKX
			""")
	void compoundAdjectivesAndAmountsStayInsideTheAgreementsNounPhrase(String text, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			In 2005, Malta and Tunisia signed a fisheries accord.                                   | SIGNED | HISTORICAL | MLT,TUN
			Talks between Malta and Libya started in March 2007 when the two sides met in Tripoli.  | TALKS  | HISTORICAL | LBY,MLT
			""")
	void aClauseDatedBeforeTheNewsCycleIsBackground(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Sudan invited the rebels to talks. The rebels refused to take part in the negotiations with Sudan until a NATO force is deployed. | TALKS | NEGATED | SDN
			""")
	void whoActsInAClauseOfConditionIsNoParty(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Greek Prime Minister Papandreou and Turkish Prime Minister Erdogan signed a cooperation agreement on Friday. | SIGNED | OCCURRED | GRC,TUR
			Ukrainian President Viktor Yushchenko and Russian President Vladimir Putin signed a gas deal on Monday.     | SIGNED | OCCURRED | RUS,UKR
			Chile signed a fisheries accord with Peruvian President Ollanta Humala on Tuesday.                         | SIGNED | OCCURRED | CHL,PER
			""")
	void aTitleOpeningANameMakesItAPersonNotAnOrganisation(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The two companies first agreed terms in January. That was when the supply contract with Gazprom was signed. | SIGNED | HISTORICAL | org:gazprom
			Norway and Iceland met in Oslo in February. It was then that the fisheries treaty was signed.               | SIGNED | HISTORICAL | ISL,NOR
			Peru and Chile met in Lima in March. By then the border treaty had already been signed.                     | SIGNED | HISTORICAL | CHL,PER
			""")
	void thatIsWhenDatesAnEventByTheSentenceBefore(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The pop singer signed a two-year deal with Sony Music on Monday.
			She signed a three-year contract with Warner Music on Tuesday.
			The striker signed his new contract with the club on Wednesday.
			The actress recently signed a deal with former employer HBO to develop new shows.
			""")
	void anIndividualsOwnContractIsNoMilestone(String text) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text)
			.noneSatisfy(m -> assertThat(m.milestone()).isEqualTo(Milestone.SIGNED));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Shell signed a supply deal with Sonatrach on Monday.                                     | SIGNED | OCCURRED | org:shell,org:sonatrach
			Merkel signed a gas contract with Gazprom on Monday.                                     | SIGNED | OCCURRED | DEU,org:gazprom
			He signed the loan agreement with the IMF on Monday.                                     | SIGNED | OCCURRED | IMF
			""")
	void statesCompaniesAndLeadersStillSignContracts(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Pakistan's envoy to Britain welcomed the signing of the water accord with India on Monday.        | SIGNED | OCCURRED | IND,PAK
			According to Egypt's representative to the UN, the ceasefire agreement will be signed on Monday.  | SIGNED | EXPECTED | EGY
			The Kenyan ambassador to Japan, John Mwangi, said Kenya would sign the trade accord with Uganda.  | SIGNED | EXPECTED | KEN,UGA
			""")
	void theStateAnEnvoyIsPostedToIsNoParty(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The rebels said they were open to talks with the government of Sudan.             | TALKS | EXPECTED | SDN
			Ghana said it was open to negotiations with Togo on the border.                     | TALKS | EXPECTED | GHA,TGO
			Pakistan said it remained receptive to negotiations with India over Kashmir.        | TALKS | EXPECTED | IND,PAK
			Kenya said it was ready for negotiations with Somalia.                              | TALKS | EXPECTED | KEN,SOM
			""")
	void readinessForTalksIsTalksExpectedWithTheSpeakerAsParty(String text, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Sri Lanka signed a truce with the rebel LTTE on Monday.                             | SIGNED | OCCURRED | LKA,org:ltte
			Nepal held talks with the opposition UML on Tuesday.                                | TALKS  | OCCURRED | NPL,org:uml
			Colombia reached a deal with the rebel ELN on Friday.                               | AGREED | OCCURRED | COL,org:eln
			The government of Zimbabwe held talks with the MDC on Monday.                       | TALKS  | OCCURRED | ZWE,org:mdc
			""")
	void anAcronymAfterWithTheIsAnOrganisation(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Sudan and the AU held talks in Addis Ababa on Thursday.                             | TALKS  | OCCURRED | AU,SDN
			The AU and Somalia signed a security pact on Monday.                                | SIGNED | OCCURRED | AU,SOM
			""")
	void theAfricanUnionByItsAcronym(String text, Milestone milestone, MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Sheehan said she will stay until he talks to her again.
			The prime minister talks to journalists about the trade pact with India every week.
			Brazil's president talks to him about the Mercosur trade deal with the EU each month.
			The mayor often talks to the press about the border treaty with Mexico.
			In another interview, Dupont talks of the border treaty between Canada and Mexico.
			""")
	void aPersonWhoTalksToOrOfSomeoneHoldsNoTalks(String text) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text)
			.noneSatisfy(m -> assertThat(m.milestone()).isEqualTo(Milestone.TALKS));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The original negotiations with Boeing were over a no-bid contract.                  | TALKS | HISTORICAL | org:boeing
			The original talks between Peru and Chile were about fishing rights.                 | TALKS | HISTORICAL | CHL,PER
			""")
	void theOriginalTalksAreBackground(String text, Milestone milestone, MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Talks between Iran and the EU resumed in Geneva on Monday.                          | TALKS | OCCURRED | EU,IRN
			Peace talks between Israel and Syria resumed on Tuesday.                             | TALKS | OCCURRED | ISR,SYR
			Negotiations between Greece and Turkey resumed on Wednesday in Athens.               | TALKS | OCCURRED | GRC,TUR
			""")
	void aVerbInEdIsPastWhateverTheLemmatizerGuesses(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Japan plans to send a delegation to Seoul and sign the fisheries accord with South Korea. | SIGNED | EXPECTED | JPN,KOR
			The Indian premier will fly to Dhaka and sign a border pact with Bangladesh.              | SIGNED | EXPECTED | BGD,IND
			Argentina wants to settle the dispute and sign a trade deal with Chile.                   | SIGNED | EXPECTED | ARG,CHL
			France and Germany met in Paris and signed a defence pact on Monday.                      | SIGNED | OCCURRED | DEU,FRA
			""")
	void aVerbCoordinatedWithAnEarlierOneSharesItsStatus(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Last May, a U.S. senator said it would be difficult to negotiate with Russia until the U.S. has ratified the treaty. | TALKS  | HISTORICAL | RUS,USA
			In 2015, Japan said it would sign the fisheries accord with Vietnam.                                                | SIGNED | HISTORICAL | JPN,VNM
			Back in March 2017, Peru and Chile agreed to hold talks on fishing rights.                                          | TALKS  | HISTORICAL | CHL,PER
			Last week, Peru and Chile agreed to hold talks on fishing rights.                                                   | TALKS  | EXPECTED   | CHL,PER
			""")
	void aSentenceOpeningWithADateBeforeTheNewsCycleIsBackground(String text, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Iran's president is visiting Harare to sign trade agreements and meet with Mugabe. | SIGNED | EXPECTED | IRN
			China signed a trade pact with Gaddafi in Tripoli on Monday.                       | SIGNED | OCCURRED | CHN
			""")
	void aLeaderOutOfOfficeIsStillAPersonNotAnOrganisation(String text, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Talks between North and South Korea resumed in Kaesong on Monday. | 2019-05-10 | TALKS  | OCCURRED | KOR,PRK
			East and West Germany signed a cultural accord on Monday.          | 1988-05-10 | SIGNED | OCCURRED | DDR,DEU
			North and South Sudan signed an oil deal on Tuesday.               | 2019-05-10 | SIGNED | OCCURRED | SDN,SSD
			Britain and South Africa signed a trade accord on Tuesday.         | 2019-05-10 | SIGNED | OCCURRED | GBR,ZAF
			""")
	void aStatesNameSharedByTwoConjunctsNamesBothStates(String text, String published, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, published, milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The U.S. has declined an offer by North Korea to have talks with the country.        | TALKS | NEGATED  | PRK,USA
			Israel rejected calls for talks with Hamas on Monday.                                 | TALKS | NEGATED  | ISR,org:hamas
			Japan turned down a proposal for negotiations with China.                             | TALKS | NEGATED  | CHN,JPN
			Kenya dismissed an invitation to negotiations with Somalia.                           | TALKS | NEGATED  | KEN,SOM
			Israel welcomed calls for talks with Hamas on Monday.                                 | TALKS | EXPECTED | ISR,org:hamas
			""")
	void aRejectedProposalOfTalksIsNegated(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			No deal was reached between the UAW and Ford on Monday.                           | AGREED | NEGATED | org:ford,org:uaw
			No agreement has been signed between Peru and Chile.                              | SIGNED | NEGATED | CHL,PER
			No final trade deal was struck between China and the United States at the summit. | AGREED | NEGATED | CHN,USA
			A deal was reached between the UAW and Ford on Monday.                            | AGREED | OCCURRED | org:ford,org:uaw
			""")
	void anAgreementDeterminedByNoIsNegated(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The United States said on Tuesday it would withdraw from the Paris climate accord. | TERMINATED | EXPECTED | USA
			Ukraine and Russia agreed to extend the Minsk agreement on Monday.                 | EXTENDED   | EXPECTED | RUS,UKR
			Paris and Berlin signed a defence accord on Monday.                                | SIGNED     | OCCURRED | DEU,FRA
			The Moscow-Kiev gas deal was signed on Monday.                                     | SIGNED     | OCCURRED | RUS,UKR
			""")
	void aCityThatNamesAnAgreementIsNoParty(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Russia and the US suspended the arms control treaty on Friday.                     | SUSPENDED  | OCCURRED | RUS,USA
			Russia terminated the arms control treaty on Friday.                               | TERMINATED | OCCURRED | RUS
			""")
	void aNounTaggedAsAVerbInsideTheAgreementsNounPhraseKeepsTheMatch(String text, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Officials of Peru and Chile are due to meet in Geneva next week to negotiate a fisheries pact. | TALKS  | EXPECTED | CHL,PER
			The rebels agreed in Arusha to sign a peace deal with Burundi.                                   | SIGNED | EXPECTED | BDI
			""")
	void aNameAfterInOrAtIsAVenueNotAnOrganisation(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Boeing has agreed to buy Embraer's commercial jet business.                       | AGREED | OCCURRED | org:boeing,org:embraer
			Exxon signed a deal to buy Mobil's refining unit on Monday.                       | SIGNED | OCCURRED | org:exxon,org:mobil
			""")
	void anOrganisationsPossessiveIsNoPartOfItsName(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Afghanistan and the Taliban signed a deal that calls for a US troop withdrawal.   | SIGNED | OCCURRED | AFG,org:taliban
			Kenya and Somalia signed a border accord that protects UK tourists.               | SIGNED | OCCURRED | KEN,SOM
			The Iraq-US troop agreement was signed on Monday.                                 | SIGNED | OCCURRED | IRQ,USA
			Iraq and the US signed an accord on U.S. forces on Monday.                        | SIGNED | OCCURRED | IRQ,USA
			""")
	void aStateQualifyingItsTroopsOrCitizensIsNoParty(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The ceasefire between Israel and Hamas took effect at midnight.                   | IN_FORCE | OCCURRED | ISR,org:hamas
			Colombia and the FARC signed a peace accord in Havana on Monday.                  | SIGNED   | OCCURRED | COL,org:farc
			Talks between Afghanistan and the Taliban resumed on Tuesday.                     | TALKS    | OCCURRED | AFG,org:taliban
			""")
	void aStateCoordinatedWithAnOrganisationIsAPartyOfItsOwn(String text, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Both Iran and Iraq agreed the situation was serious.
			Japan and Korea agreed the dispute would be settled by judges.
			The two leaders agreed their ministers should meet more often.
			""")
	void agreeingThatSomethingIsSoIsNoAgreement(String text) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text)
			.noneSatisfy(m -> assertThat(m.milestone()).isEqualTo(Milestone.AGREED));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Britain and the EU agreed a draft Brexit deal on Tuesday.                         | AGREED | OCCURRED | EU,GBR
			Peru and Chile agreed the terms of a fisheries pact on Monday.                    | AGREED | OCCURRED | CHL,PER
			""")
	void agreeingADealOrItsTermsIsAnAgreement(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Secretary of State Hillary Clinton and Russian Foreign Minister Sergei Lavrov signed the treaty in Geneva.
			Minister of Trade Anand Sharma signed a trade accord with Nepal on Monday.
			""")
	void aTitleWithItsOfPhraseIntroducesAPerson(String text) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text)
			.allSatisfy(m -> assertThat(m.parties()).noneMatch(p -> p.startsWith("org:")));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Japan is considering signing a trade pact with Australia.                         | SIGNED | EXPECTED | AUS,JPN
			Chile is mulling signing a fisheries accord with Peru.                            | SIGNED | EXPECTED | CHL,PER
			Kenya is weighing signing the trade deal with Uganda.                             | SIGNED | EXPECTED | KEN,UGA
			Kenya has considered signing the trade deal with Uganda.                          | SIGNED | EXPECTED | KEN,UGA
			""")
	void consideringAMilestoneIsExpectingIt(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ukraine has ruled out talks with Russia.                                          | TALKS  | NEGATED | RUS,UKR
			Israel ruled out any direct negotiations with Hamas.                              | TALKS  | NEGATED | ISR,org:hamas
			There are no plans to renegotiate the treaty with Japan, Korea said.              | TALKS  | NEGATED | JPN
			Peru has no intention to sign the accord with Chile.                              | SIGNED | NEGATED | CHL,PER
			Peru has plans to sign the accord with Chile.                                     | SIGNED | EXPECTED | CHL,PER
			""")
	void rulingOutOrHavingNoPlansNegates(String text, Milestone milestone, MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The signing of the accord between Japan and China was postponed.                  | SIGNED | EXPECTED | CHN,JPN
			Japan postponed the signing of the trade accord with China.                       | SIGNED | EXPECTED | CHN,JPN
			Talks between Peru and Chile were delayed until next month.                       | TALKS  | EXPECTED | CHL,PER
			The signing of the pact between Peru and Chile was cancelled.                     | SIGNED | NEGATED  | CHL,PER
			""")
	void aNominalEventPutOffIsExpectedAndOneCalledOffNegated(String text, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Japan and China nearly signed a trade pact on Monday.                             | SIGNED | NEGATED | CHN,JPN
			Peru and Chile almost reached a deal on fishing rights.                           | AGREED | NEGATED | CHL,PER
			""")
	void aNearMissDidNotHappen(String text, Milestone milestone, MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Japan accused China of violating the accord the two countries signed.             | SIGNED | HISTORICAL | CHN,JPN
			Peru accused Chile of breaking the pact the two neighbours signed.                | SIGNED | HISTORICAL | CHL,PER
			The accord Japan and China signed on Monday cuts tariffs.                         | SIGNED | OCCURRED   | CHN,JPN
			""")
	void anObjectRelativeClauseDescribesTheAgreement(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Kenya and Tanzania held talks on Friday without reaching an agreement.            | AGREED           | NEGATED  | KEN,TZA
			Peru and Chile held talks on Tuesday without signing the fisheries pact.          | SIGNED           | NEGATED  | CHL,PER
			Peru and Chile met for talks on Monday but failed to reach a deal.                | TALKS_BROKEN_OFF | OCCURRED | CHL,PER
			""")
	void talksOnADayAreDatedNotAboutIt(String text, Milestone milestone, MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@Test
	void talksOnReachingADealAreAboutIt() {
		assertThat(SharedExtractor.extract("Kenya and Tanzania held talks on reaching a border deal.", "2019-05-10"))
			.noneSatisfy(m -> assertThat(m.milestone()).isEqualTo(Milestone.AGREED));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The South and the North have agreed to take real measures on the nuclear accord.
			Talks between the North and the South resumed on Monday.
			""")
	void aCompassPointAloneNamesNoOrganisation(String text) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text)
			.isNotEmpty()
			.allSatisfy(m -> assertThat(m.parties()).noneMatch(p -> p.startsWith("org:")));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Norway, the country where the fisheries convention was signed, says it will host the review.
			Delegates gathered in the palace in which the Lisbon Treaty was signed.
			The hall where Italy and France signed the Rome treaties is now a museum.
			Peru remembers the year when the border treaty was signed with Ecuador.
			""")
	void aPlaceOrTimeDescribedByAnOldSigningIsNoNews(String text) {
		assertNoSigningReported(text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Chile is among the 150 states to have signed the Ottawa mine ban treaty.
			Fiji was the first nation to have signed the Pacific fisheries pact.
			Bhutan is one of the few countries to have signed the Kyoto Protocol, officials noted.
			""")
	void aMembershipToHaveSignedIsNoNews(String text) {
		assertNoSigningReported(text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Although Syria has signed the Chemical Weapons Convention, inspectors say it kept a stockpile.
			Though Iran signed the Non-Proliferation Treaty, it has expanded enrichment.
			Even though Israel has signed the Oslo Accords, settlement building goes on.
			While India has signed the Paris Agreement, its coal use keeps rising.
			""")
	void aConcessionAboutANamedTreatyIsNoNews(String text) {
		assertNoSigningReported(text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			It is the first visit by a UN envoy to the region since the peace deal was signed.
			Exports have doubled since Chile and Peru signed the trade pact.
			Fighting has eased since the truce was signed by Sudan and Chad.
			""")
	void aSigningThatOnlyDatesAnotherEventIsNoNews(String text) {
		assertNoSigningReported(text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The holiday celebrates the signing of the country's founding treaty.
			Crowds marked the anniversary of the signing of the peace accord between Sudan and Chad.
			The festival commemorates the signing of the Treaty of Ghent by Britain and the United States.
			""")
	void aCommemoratedSigningIsNoNews(String text) {
		assertNoSigningReported(text);
	}

	/** Real signings in constructions like the recalled ones above are still news. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Syria has signed a trade agreement with Iraq on Monday.                           | IRQ,SYR
			Although the talks dragged on for weeks, Syria has signed a trade agreement with Iraq. | IRQ,SYR
			The ministers flew to Lima, where Peru signed a fisheries accord with Chile.      | CHL,PER
			Chile has signed a trade pact with Peru, officials said.                          | CHL,PER
			Crowds in Khartoum celebrated the signing of the peace accord between Sudan and Chad. | SDN,TCD
			""")
	void signingsInSimilarConstructionsAreStillNews(String text, String parties) {
		assertExtracts(text, "2019-05-10", Milestone.SIGNED, MilestoneStatus.OCCURRED, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Iran agreed to rejoin the five-nation talks with the EU on its enrichment programme.   | TALKS | EXPECTED | EU,IRN
			Serbia agreed to return to negotiations with Montenegro.                                | TALKS | EXPECTED | MNE,SRB
			Armenia agreed to re-enter two-day talks with Azerbaijan in Vienna.                     | TALKS | EXPECTED | ARM,AZE
			""")
	void agreeingToRejoinTalksIsAPlanForTalks(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Chile is opposed to re-entering the three-way talks with Bolivia.                       | TALKS | NEGATED | BOL,CHL
			Slovakia is opposed to holding talks with Hungary on the dam.                           | TALKS | NEGATED | HUN,SVK
			""")
	void opposingAMilestoneNegatesIt(String text, Milestone milestone, MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The settlers were ordered to withdraw from their settlements in the West Bank by Friday.
			Troops began to pull out of the settlements near the border on Monday.
			""")
	void settlementsThatArePlacesAreNoAgreements(String text) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ontario signed an electricity trade agreement with Quebec on Monday.                    | SIGNED | OCCURRED | CAN
			Vermont and Quebec signed a clean energy pact on Monday.                                | SIGNED | OCCURRED | CAN,USA
			Oregon Governor Kate Brown signed a supply deal with Boeing on Monday.                  | SIGNED | OCCURRED | USA,org:boeing
			""")
	void aRegionStandsForItsState(String text, Milestone milestone, MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Florida Power signed a fuel supply contract with Petrobras on Monday.                   | SIGNED | OCCURRED | org:petrobras
			""")
	void aRegionOpeningALongerNameIsNoParty(String text, Milestone milestone, MilestoneStatus status, String parties) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text)
			.noneSatisfy(m -> assertThat(m.parties()).contains("USA"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Negotiators in the Ohio legislature reached agreement on a bill to cut property taxes.
			""")
	void anAgreementInsideARegionsLegislatureIsDomestic(String text) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			If he decides to sign a new contract with the club, he would stay until 2022.
			The goalkeeper agreed to sign a two-year deal with Celtic on Monday.
			""")
	void anIndividualWhoPlansToSignHisOwnContractSignsNoMilestone(String text) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text)
			.noneSatisfy(m -> assertThat(m.milestone()).isEqualTo(Milestone.SIGNED));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Nokia Oyj said it has acquired Trolltech ASA for 153 mln dlrs.                          | IN_FORCE | OCCURRED | org:nokia,org:trolltech
			Trolltech ASA said it was acquired by Nokia Oyj on Monday.                              | IN_FORCE | OCCURRED | org:nokia,org:trolltech
			Nokia Oyj agreed to acquire Trolltech ASA for 153 mln dlrs.                             | AGREED   | OCCURRED | org:nokia,org:trolltech
			""")
	void aCompletedAcquisitionIsTheDealTakingEffect(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Nokia plans to acquire Trolltech next year.
			Nokia said it acquired a 5 pct stake in Trolltech.
			Unilever acquired 20,000 tonnes of palm oil from Wilmar.
			Vodafone made its customers buy out their contracts with Orange.
			Its profit is based on the earnings of the acquired operation of Trolltech.
			He acquired Wilmar Holdings Ltd with Bastion Capital Ltd last week.
			""")
	void aPlanSharesGoodsOrAPersonsPurchaseAreNoDeal(String text) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text)
			.noneSatisfy(m -> assertThat(m.milestone()).isEqualTo(Milestone.IN_FORCE));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Thales said it won a five-year contract with Airbus for cabin systems.                  | AGREED | OCCURRED | org:airbus,org:thales
			Siemens AG has been awarded a contract by Alstom SA to supply signalling equipment.     | AGREED | OCCURRED | org:alstom,org:siemens
			""")
	void aContractWonOrAwardedIsConcluded(String text, Milestone milestone, MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Iran blamed Washington for its reluctance to hold talks with the United States.         | TALKS  | NEGATED | IRN,USA
			Canada's refusal to sign the fisheries pact with Norway angered Oslo.                   | SIGNED | NEGATED | CAN,NOR
			Chile is reluctant to sign the water accord with Bolivia.                               | SIGNED | NEGATED | BOL,CHL
			""")
	void refusalAndReluctanceNegate(String text, Milestone milestone, MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@Test
	void aParticipleInsideTheAgreementsNounPhraseKeepsTheMatch() {
		assertExtracts("Ericsson said it amended an existing supply contract with Telstra.", "2019-05-10",
				Milestone.EXTENDED, MilestoneStatus.OCCURRED, "org:ericsson,org:telstra");
	}

	@Test
	void aSigningExpectedNowIsNotAPlanOvertakenByAnotherSigning() {
		String text = "Peru has signed a trade agreement with the EU. Chile and Ecuador are expected to sign "
				+ "similar agreements with the EU on Friday.";
		assertExtracts(text, "2019-05-10", Milestone.SIGNED, MilestoneStatus.EXPECTED, "CHL,ECU,EU");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Kenya welcomed the signing of the truce between Ethiopia and Eritrea on Monday.         | SIGNED | OCCURRED | ERI,ETH
			Kenya welcomes the signing of the truce between Ethiopia and Eritrea.                   | SIGNED | OCCURRED | ERI,ETH
			Kenya welcomed the signing of the truce between the rival Somali governments.         | SIGNED | OCCURRED | SOM
			Japan will rejoin the six-party talks between China, Russia and North Korea.            | TALKS  | EXPECTED | CHN,JPN,PRK,RUS
			""")
	void aBystanderWelcomingAnEventBetweenOthersIsNoParty(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Tata Group's Tata Steel Ltd said it won a contract with Ford Motor Co.                  | AGREED | OCCURRED | org:ford motor,org:tata steel
			Alcoa Inc reached an agreement with the United Steelworkers of America on Sunday.       | AGREED | OCCURRED | org:alcoa,org:united steelworkers
			Citibank of America signed a loan agreement with Peru.                                   | SIGNED | OCCURRED | PER,org:citibank
			""")
	void aParentInThePossessiveOrAStateEndingAnOrganisationsNameIsNoParty(String text, Milestone milestone,
			MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The talks in Doha are aimed at reaching a trade deal between Peru and Chile.            | AGREED | EXPECTED | CHL,PER
			The pact is aimed at securing the signature of Bolivia and Chile.                       | SIGNED | EXPECTED | BOL,CHL
			""")
	void anAimIsAnExpectation(String text, Milestone milestone, MilestoneStatus status, String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The supply pact between Gazprom and Naftogaz expires on Friday.                        | TERMINATED | EXPECTED | org:gazprom,org:naftogaz
			The licensing deal between Netflix and Disney was extended on Monday.                  | EXTENDED   | OCCURRED | org:disney,org:netflix
			""")
	void partiesInTheAgreementsOwnPhraseAreNamedThere(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The President of Moldova signed a ceasefire with Transnistria's leaders on Friday.    | SIGNED | OCCURRED | MDA,org:transnistria
			The Prime Minister of Nepal signed a peace accord with India on Friday.               | SIGNED | OCCURRED | IND,NPL
			""")
	void aTitleAloneIsAPersonAndItsStateIsTheParty(String text, Milestone milestone, MilestoneStatus status,
			String parties) {
		assertExtracts(text, "2019-05-10", milestone, status, parties);
	}

	static void assertNoSigningReported(String text) {
		assertThat(SharedExtractor.extract(text, "2019-05-10")).as("milestones of: %s", text)
			.noneSatisfy(m -> {
				assertThat(m.milestone()).isEqualTo(Milestone.SIGNED);
				assertThat(m.status()).isEqualTo(MilestoneStatus.OCCURRED);
			});
	}

	static void assertExtracts(String text, String published, Milestone milestone, MilestoneStatus status,
			String parties) {
		List<String> expectedParties = Arrays.asList(parties.split(","));
		List<ExtractedMilestone> found = SharedExtractor.extract(text, published);
		assertThat(found).as("milestones of: %s", text)
			.anySatisfy(m -> {
				assertThat(m.milestone()).isEqualTo(milestone);
				assertThat(m.status()).isEqualTo(status);
				assertThat(m.parties()).containsExactlyElementsOf(expectedParties);
			});
	}

}
