package io.pactwatch.ingest.language;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of language detection.
 *
 * @param enabled whether articles that arrive without a language get one detected
 * @param minChars texts shorter than this (letters and digits) are left without a language
 * @param maxChars only this many characters of the text are read: enough to tell, and cheap
 * @param minMargin how many times likelier than the second guess the best guess must be; the model's
 * confidences are spread over 103 languages, so the margin says more than their value
 */
@ConfigurationProperties("pactwatch.ingest.language")
public record LanguageProperties(@DefaultValue("true") boolean enabled, @DefaultValue("40") int minChars,
		@DefaultValue("300") int maxChars, @DefaultValue("2.0") double minMargin) {
}
