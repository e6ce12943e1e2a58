package io.pactwatch.extraction.extractor.trigger;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import io.pactwatch.extraction.extractor.text.DataFile;
import io.pactwatch.extraction.extractor.text.Inflections;
import io.pactwatch.extraction.extractor.text.WordClasses;
import io.pactwatch.schemas.Milestone;

/** The trigger patterns of {@code extraction/triggers.tsv}, in file order (earlier wins). */
public final class TriggerLexicon {

	private final List<TriggerPattern> patterns;

	public TriggerLexicon(List<TriggerPattern> patterns) {
		this.patterns = List.copyOf(patterns);
	}

	public static TriggerLexicon load(String resource) {
		List<TriggerPattern> patterns = new ArrayList<>();
		for (String[] row : DataFile.rows(resource)) {
			if (row.length < 2) {
				continue;
			}
			Set<TriggerPattern.Option> options = EnumSet.noneOf(TriggerPattern.Option.class);
			if (row.length > 2) {
				for (String option : row[2].split(",")) {
					if (!option.isBlank()) {
						options.add(TriggerPattern.Option.valueOf(option.trim().toUpperCase(Locale.ROOT)));
					}
				}
			}
			patterns.add(TriggerPattern.parse(Milestone.valueOf(row[0].trim()), row[1], options));
		}
		return new TriggerLexicon(patterns);
	}

	public List<TriggerPattern> patterns() {
		return this.patterns;
	}

	/** For the keyword pre-filter: each pattern's required word forms (see {@link TriggerPattern#requiredForms}). */
	public List<List<Set<String>>> requiredForms(WordClasses words, Inflections inflections) {
		return requiredForms(words, inflections, pattern -> true);
	}

	/** The required word forms of the patterns that {@code which} accepts. */
	public List<List<Set<String>>> requiredForms(WordClasses words, Inflections inflections,
			Predicate<TriggerPattern> which) {
		List<List<Set<String>>> rules = new ArrayList<>();
		for (TriggerPattern pattern : this.patterns) {
			if (which.test(pattern)) {
				rules.add(pattern.requiredForms(words, inflections));
			}
		}
		return rules;
	}

}
