package io.pactwatch.ingest.language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectionTests {

	private static final LanguageDetection detection = new LanguageDetection(new LanguageProperties(true, 40, 2000, 2.0));

	@Test
	void englishIsEn() {
		assertThat(detection.detect("China and Russia are expected to sign a five-year space pact slated for an "
				+ "October signing, officials said on Monday."))
			.contains("en");
	}

	@Test
	void otherLanguagesGetTheirTwoLetterCode() {
		assertThat(detection.detect("La Chine et la Russie devraient signer un accord spatial de cinq ans lors "
				+ "d'une cérémonie prévue en octobre, ont indiqué lundi des responsables."))
			.contains("fr");
		assertThat(detection.detect("Китай и Россия, как ожидается, подпишут пятилетнее соглашение о "
				+ "сотрудничестве в космосе в октябре, сообщили в понедельник официальные лица."))
			.contains("ru");
		assertThat(detection.detect("China und Russland wollen im Oktober ein auf fünf Jahre angelegtes "
				+ "Weltraumabkommen unterzeichnen, teilten Regierungsvertreter am Montag mit."))
			.contains("de");
	}

	@Test
	void aTextTooShortToTellHasNoLanguage() {
		assertThat(detection.detect("Pact signed.")).isEmpty();
		assertThat(detection.detect(null)).isEmpty();
	}

	@Test
	void detectionCanBeSwitchedOff() {
		assertThat(new LanguageDetection(new LanguageProperties(false, 40, 2000, 2.0))
			.detect("China and Russia are expected to sign a five-year space pact slated for an October signing."))
			.isEmpty();
	}

	@Test
	void threeLetterCodesBecomeTwoLetterCodes() {
		assertThat(LanguageDetection.toIso6391("eng")).isEqualTo("en");
		assertThat(LanguageDetection.toIso6391("cmn")).isEqualTo("zh");
		assertThat(LanguageDetection.toIso6391("xyz")).isEqualTo("xyz");
	}

}
