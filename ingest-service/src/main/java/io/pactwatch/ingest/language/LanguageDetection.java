package io.pactwatch.ingest.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import org.springframework.stereotype.Component;

/**
 * Tells the language of a text with Apache OpenNLP's language-detection model (103
 * languages, shipped in {@code opennlp-models-langdetect}). Answers ISO 639-1 codes
 * ({@code en}, {@code fr}) where one exists, the model's ISO 639-3 code otherwise, and
 * nothing when the text is too short or the model is unsure. Thread-safe.
 */
@Component
public class LanguageDetection {

	private static final String MODEL = "/langdetect-183.bin";

	/** ISO 639-3 codes the JDK does not map to the two-letter code the rest of pactwatch uses. */
	private static final Map<String, String> MACRO_LANGUAGES = Map.of("cmn", "zh", "zho", "zh", "arb", "ar", "pes",
			"fa", "zsm", "ms", "nob", "nb", "nno", "nn", "lvs", "lv", "ekk", "et", "swh", "sw");

	private static final Map<String, String> TWO_LETTER_CODES = twoLetterCodes();

	private final LanguageProperties properties;

	private final ThreadLocal<LanguageDetectorME> detectors;

	public LanguageDetection(LanguageProperties properties) {
		this.properties = properties;
		LanguageDetectorModel model = properties.enabled() ? loadModel() : null;
		this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
	}

	/** The language of the text, if it can be told. */
	public Optional<String> detect(String text) {
		if (!this.properties.enabled() || text == null) {
			return Optional.empty();
		}
		String sample = (text.length() > this.properties.maxChars()) ? text.substring(0, this.properties.maxChars())
				: text;
		if (sample.codePoints().filter(Character::isLetterOrDigit).count() < this.properties.minChars()) {
			return Optional.empty();
		}
		Language[] guesses = this.detectors.get().predictLanguages(sample);
		if (guesses.length == 0) {
			return Optional.empty();
		}
		double second = (guesses.length > 1) ? guesses[1].getConfidence() : 0;
		if (guesses[0].getConfidence() < second * this.properties.minMargin()) {
			return Optional.empty();
		}
		return Optional.of(toIso6391(guesses[0].getLang()));
	}

	static String toIso6391(String iso6393) {
		String code = iso6393.toLowerCase(Locale.ROOT);
		return MACRO_LANGUAGES.getOrDefault(code, TWO_LETTER_CODES.getOrDefault(code, code));
	}

	private static Map<String, String> twoLetterCodes() {
		Map<String, String> codes = new HashMap<>();
		for (String twoLetter : Locale.getISOLanguages()) {
			try {
				codes.putIfAbsent(new Locale(twoLetter).getISO3Language(), twoLetter);
			}
			catch (java.util.MissingResourceException ex) {
				// a language without a three-letter code cannot be a model's answer
			}
		}
		return Map.copyOf(codes);
	}

	private static LanguageDetectorModel loadModel() {
		try (InputStream in = LanguageDetection.class.getResourceAsStream(MODEL)) {
			if (in == null) {
				throw new IllegalStateException("The language model " + MODEL
						+ " is missing: add org.apache.opennlp:opennlp-models-langdetect");
			}
			return new LanguageDetectorModel(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the language model " + MODEL, ex);
		}
	}

}
