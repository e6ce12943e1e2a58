package io.pactwatch.extraction.extractor.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English inflected forms of a word: regular -s, -ed and -ing forms by spelling rules, and the
 * irregular forms of {@code extraction/irregular-verbs.tsv}. Used to expand trigger lemmas
 * into the surface forms the keyword pre-filter looks for, and to tell a past form.
 */
public final class Inflections {

	private final Map<String, Set<String>> irregular;

	private final Set<String> irregularPast;

	public Inflections(Map<String, Set<String>> irregular) {
		this.irregular = Map.copyOf(irregular);
		Set<String> past = new HashSet<>();
		irregular.forEach((lemma, forms) -> forms.stream()
			.filter(f -> !f.endsWith("ing") && !f.endsWith("s") || f.equals("was"))
			.forEach(past::add));
		past.removeAll(Set.of("is", "are", "am", "be"));
		this.irregularPast = Set.copyOf(past);
	}

	public static Inflections load(String resource) {
		Map<String, Set<String>> irregular = new HashMap<>();
		for (String[] row : DataFile.rows(resource)) {
			if (row.length >= 2) {
				irregular.put(row[0].trim(), new LinkedHashSet<>(List.of(row[1].trim().split("\\s+"))));
			}
		}
		return new Inflections(irregular);
	}

	/** The word and its inflected forms, lower case. */
	public Set<String> formsOf(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		Set<String> forms = new LinkedHashSet<>();
		forms.add(w);
		Set<String> irregularForms = this.irregular.get(w);
		if (irregularForms != null) {
			forms.addAll(irregularForms);
		}
		if (w.length() < 2 || w.contains(" ")) {
			return forms;
		}
		char last = w.charAt(w.length() - 1);
		String stem = w.substring(0, w.length() - 1);
		// plural / third person
		if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
			forms.add(w + "es");
		}
		else if (last == 'y' && !isVowel(w.charAt(w.length() - 2))) {
			forms.add(stem + "ies");
		}
		else {
			forms.add(w + "s");
		}
		if (irregularForms != null) {
			return forms;
		}
		// past and participles
		if (last == 'e') {
			forms.add(w + "d");
			forms.add(stem + "ing");
		}
		else if (last == 'y' && !isVowel(w.charAt(w.length() - 2))) {
			forms.add(stem + "ied");
			forms.add(w + "ing");
		}
		else {
			forms.add(w + "ed");
			forms.add(w + "ing");
			if (endsConsonantVowelConsonant(w) || last == 'l' && isVowel(w.charAt(w.length() - 2))) {
				forms.add(w + last + "ed"); // "scrapped", and British "initialled", "cancelled"
				forms.add(w + last + "ing");
			}
		}
		return forms;
	}

	/** Whether a lower-case word is an irregular past tense or participle ("struck", "held"). */
	public boolean isIrregularPast(String lower) {
		return this.irregularPast.contains(lower);
	}

	/** Whether the word is a base form the data file lists ("exceed", whose -ed is no past ending). */
	public boolean isLemma(String lower) {
		return this.irregular.containsKey(lower);
	}

	private static boolean endsConsonantVowelConsonant(String w) {
		int n = w.length();
		return n >= 3 && !isVowel(w.charAt(n - 1)) && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3))
				&& "wxy".indexOf(w.charAt(n - 1)) < 0;
	}

	private static boolean isVowel(char c) {
		return "aeiou".indexOf(c) >= 0;
	}

}
