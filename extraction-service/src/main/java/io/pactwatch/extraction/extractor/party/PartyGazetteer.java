package io.pactwatch.extraction.extractor.party;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.pactwatch.extraction.extractor.text.DataFile;
import io.pactwatch.extraction.extractor.text.Words;
import io.pactwatch.extraction.extractor.text.Words.Word;

/**
 * Names of states, their demonyms, capitals and agencies, and of organisations, mapped to
 * party codes. State names and codes come from the JDK's ISO 3166 data; the hand-kept aliases
 * (short names, demonyms, capitals, agencies, historical states, organisations) come from
 * {@code extraction/party-aliases.tsv}. An alias may be valid for a period only ("Moscow" is
 * the Soviet Union until 1991).
 */
public final class PartyGazetteer {

	/** ISO 3166 codes that are not (or not only) states in news usage, or clash with words. */
	private static final Set<String> SKIPPED_ISO = Set.of("ATA", "UMI", "BVT", "HMD", "SGS", "ATF", "IOT", "JEY", "GGY", "IMN", "CXR", "NFK");

	private final Map<String, List<Alias>> byWords;

	private final Map<String, List<Alias>> byUpperWords;

	/** The dated agency aliases: leaders, coded as their state only while in office. */
	private final Set<String> officeHolders = new HashSet<>();

	/** First words of all aliases (as written and in upper case): most words start no name at all. */
	private final Set<String> firstWords = new HashSet<>();

	private int maxWords = 1;

	private record Alias(String code, PartyKind kind, LocalDate from, LocalDate until) {

		boolean validAt(LocalDate date) {
			if (date == null) {
				return this.until == null;
			}
			return (this.from == null || !date.isBefore(this.from)) && (this.until == null || !date.isAfter(this.until));
		}

		boolean dated() {
			return this.from != null || this.until != null;
		}

	}

	private PartyGazetteer() {
		this.byWords = new HashMap<>();
		this.byUpperWords = new HashMap<>();
	}

	/** The JDK's ISO 3166 states plus the aliases of a data file. */
	public static PartyGazetteer load(String aliasesResource) {
		PartyGazetteer gazetteer = new PartyGazetteer();
		gazetteer.addIsoStates();
		PartyKind kind = PartyKind.STATE;
		for (String[] row : DataFile.rows(aliasesResource)) {
			if (row[0].startsWith("## ")) {
				kind = PartyKind.valueOf(row[0].substring(3).trim());
				continue;
			}
			if (row.length < 2) {
				continue;
			}
			LocalDate from = (row.length > 2 && !row[2].isBlank()) ? LocalDate.parse(row[2].trim()) : null;
			LocalDate until = (row.length > 3 && !row[3].isBlank()) ? LocalDate.parse(row[3].trim()) : null;
			gazetteer.add(row[0].trim(), new Alias(row[1].trim(), kind, from, until));
			if (kind == PartyKind.AGENCY && (from != null || until != null)) {
				gazetteer.officeHolders.add(row[0].trim());
			}
		}
		return gazetteer;
	}

	/** The names of leaders the aliases code as their state while in office: people before and after. */
	public Set<String> officeHolders() {
		return Collections.unmodifiableSet(this.officeHolders);
	}

	private void addIsoStates() {
		for (String alpha2 : Locale.getISOCountries()) {
			Locale country = new Locale("", alpha2);
			String alpha3 = country.getISO3Country();
			if (SKIPPED_ISO.contains(alpha3)) {
				continue;
			}
			for (String name : namesOf(country.getDisplayCountry(Locale.ENGLISH))) {
				add(name, new Alias(alpha3, PartyKind.STATE, null, null));
			}
		}
	}

	/** The JDK's display name and its plain variants ("St. Kitts & Nevis", "Saint Kitts and Nevis"). */
	private static List<String> namesOf(String display) {
		List<String> names = new ArrayList<>();
		if (display.contains(" - ")) {
			return names; // "Congo - Kinshasa": the aliases file has the usual names
		}
		String name = display.replaceAll("\\s*\\(.*\\)", "").replace(" SAR China", "").trim();
		names.add(name);
		String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('\u2019', '\'');
		if (!folded.equals(name)) {
			names.add(folded);
		}
		for (String n : List.copyOf(names)) {
			if (n.contains("&")) {
				names.add(n.replace("&", "and"));
			}
			if (n.startsWith("St. ")) {
				names.add("Saint " + n.substring(4).replace("&", "and"));
			}
		}
		return names;
	}

	private void add(String alias, Alias entry) {
		List<Word> words = Words.split(alias, 0, alias.length());
		String key = key(words);
		if (key.isEmpty()) {
			return;
		}
		this.firstWords.add(words.get(0).text());
		this.firstWords.add(words.get(0).text().toUpperCase(Locale.ROOT));
		this.maxWords = Math.max(this.maxWords, words.size());
		this.byWords.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
		// headlines and shouted datelines: "CHINA AND PORTUGAL SIGN"; short acronyms are already upper case
		if (alias.length() >= 4) {
			this.byUpperWords.computeIfAbsent(key.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(entry);
		}
	}

	private static String key(List<Word> words) {
		StringBuilder key = new StringBuilder();
		for (Word word : words) {
			if (key.length() > 0) {
				key.append(' ');
			}
			key.append(word.text());
		}
		return key.toString();
	}

	/**
	 * The parties named in {@code text[from, to)}, longest names first, as valid at
	 * {@code date} (the article's date; {@code null} for today's names).
	 */
	public List<PartyMention> find(String text, int from, int to, LocalDate date) {
		List<Word> words = Words.split(text, from, to);
		List<PartyMention> mentions = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			if (!this.firstWords.contains(words.get(i).text())) {
				i++;
				continue;
			}
			int matched = 0;
			for (int n = Math.min(this.maxWords, words.size() - i); n >= 1 && matched == 0; n--) {
				List<Word> span = words.subList(i, i + n);
				Alias alias = lookup(span, date);
				if (alias != null && !isCurrencyPrefix(text, span.get(n - 1).end())) {
					Word first = span.get(0);
					Word last = span.get(n - 1);
					mentions.add(new PartyMention(alias.code(), text.substring(first.start(), last.end()), alias.kind(),
							first.start(), last.end()));
					matched = n;
				}
			}
			i += Math.max(matched, 1);
		}
		return mentions;
	}

	/** "US$2 billion", "HK$": a currency, not the state. */
	private static boolean isCurrencyPrefix(String text, int end) {
		return end < text.length() && text.charAt(end) == '$';
	}

	private Alias lookup(List<Word> span, LocalDate date) {
		String key = key(span);
		List<Alias> aliases = this.byWords.get(key);
		if (aliases == null && isUpperCase(key)) {
			aliases = this.byUpperWords.get(key);
		}
		if (aliases == null) {
			return null;
		}
		Alias best = null;
		for (Alias alias : aliases) {
			if (alias.validAt(date) && (best == null || alias.dated() && !best.dated())) {
				best = alias;
			}
		}
		return best;
	}

	private static boolean isUpperCase(String key) {
		boolean letters = false;
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			letters |= Character.isLetter(c);
		}
		return letters;
	}

	/** The code a single name stands for, or {@code null}; for tests and diagnostics. */
	public String codeOf(String name, LocalDate date) {
		Alias alias = lookup(Words.split(name, 0, name.length()), date);
		return (alias != null) ? alias.code() : null;
	}

}
