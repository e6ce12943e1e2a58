package io.pactwatch.extraction.extractor.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All the parties named in a span of an article: gazetteer names, and organisations found by
 * their legal form or ticker anywhere in the article (so that "McDonnell Douglas" is known in
 * every sentence once the headline gave its ticker).
 */
public final class PartyFinder {

	private final PartyGazetteer gazetteer;

	private final OrganisationFinder organisations;

	public PartyFinder(PartyGazetteer gazetteer, OrganisationFinder organisations) {
		this.gazetteer = gazetteer;
		this.organisations = organisations;
	}

	/** The leaders the gazetteer codes as their states while in office (see {@link PartyGazetteer#officeHolders()}). */
	public Set<String> officeHolders() {
		return this.gazetteer.officeHolders();
	}

	/** The organisation names an article uses (surface lower case to code), from its title and body. */
	public Map<String, String> organisationNames(String title, String body) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String text : List.of(title, body)) {
			for (PartyMention org : this.organisations.find(text, 0, text.length())) {
				// an acronym is matched as written: "MDC", never the word "mdc" or "it"
				String surface = isAcronym(org.surface()) ? org.surface() : org.surface().toLowerCase(Locale.ROOT);
				if (!isKnownToGazetteer(org, null)) {
					names.putIfAbsent(surface, org.code());
				}
			}
		}
		return names;
	}

	/**
	 * Whether the gazetteer already knows the organisation, by its surface or by the short
	 * name its code carries: "the Ministry of International Trade and Industry (MITI)" is a
	 * body of a state, and counts as the state, not as an organisation of its own.
	 */
	private boolean isKnownToGazetteer(PartyMention org, LocalDate date) {
		String shortName = org.code().startsWith("org:") ? org.code().substring(4).toUpperCase(Locale.ROOT) : null;
		return this.gazetteer.codeOf(org.surface(), date) != null
				|| (shortName != null && this.gazetteer.codeOf(shortName, date) != null);
	}

	/**
	 * The parties named in {@code text[from, to)}, in text order, organisations taking
	 * precedence over the gazetteer names inside them ("China Great Wall Industries Co").
	 */
	public List<PartyMention> find(String text, int from, int to, LocalDate date, Map<String, String> articleOrgs) {
		List<PartyMention> orgs = new ArrayList<>();
		for (PartyMention org : this.organisations.find(text, from, to)) {
			if (!isKnownToGazetteer(org, date)) {
				orgs.add(org); // "Mexico said it signed": a state, not a company
			}
		}
		String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
		String exact = text.substring(from, to);
		articleOrgs.forEach((surface, code) -> {
			String searched = isAcronym(surface) ? exact : lower;
			int at = searched.indexOf(surface);
			while (at >= 0) {
				int start = from + at;
				int end = start + surface.length();
				if (isWordBoundary(text, start - 1) && isWordBoundary(text, end)
						&& orgs.stream().noneMatch(o -> o.overlaps(start, end))) {
					orgs.add(new PartyMention(code, text.substring(start, end), PartyKind.ORG, start, end));
				}
				at = searched.indexOf(surface, at + surface.length());
			}
		});
		List<PartyMention> all = new ArrayList<>(orgs);
		for (PartyMention mention : this.gazetteer.find(text, from, to, date)) {
			if (orgs.stream().noneMatch(o -> o.overlaps(mention.start(), mention.end()))) {
				all.add(mention);
				PartyMention elided = elidedConjunct(text, from, mention, date);
				if (elided != null && all.stream().noneMatch(o -> o.overlaps(elided.start(), elided.end()))) {
					all.add(elided);
				}
			}
		}
		all.sort(Comparator.comparingInt(PartyMention::start));
		return all;
	}

	/** "North and South Korea": a first word, a conjunction, and the two-word name it shares its rest with. */
	private static final Pattern CONJUNCT_BEFORE = Pattern
		.compile("\\b([A-Z][a-z]+) (?:and|or|&) $");

	/**
	 * "North and South Korea", "East and West Germany": the state named by the first word and
	 * the rest of the name that follows the conjunction, if the gazetteer knows it as a state
	 * other than the one written out.
	 */
	private PartyMention elidedConjunct(String text, int from, PartyMention mention, LocalDate date) {
		int space = mention.surface().indexOf(' ');
		if (mention.kind() != PartyKind.STATE || space < 0) {
			return null;
		}
		Matcher m = CONJUNCT_BEFORE
			.matcher(text.substring(Math.max(from, mention.start() - 24), mention.start()));
		if (!m.find()) {
			return null;
		}
		String code = this.gazetteer.codeOf(m.group(1) + mention.surface().substring(space), date);
		if (code == null || code.equals(mention.code())) {
			return null;
		}
		int start = Math.max(from, mention.start() - 24) + m.start(1);
		return new PartyMention(code, m.group(1), PartyKind.STATE, start, start + m.group(1).length());
	}

	/** "MDC", "ZANU-PF": a short name in capitals, without spaces. */
	static boolean isAcronym(String surface) {
		if (surface.length() < 2 || surface.length() > 10) {
			return false;
		}
		for (int i = 0; i < surface.length(); i++) {
			char c = surface.charAt(i);
			if (!Character.isUpperCase(c) && c != '-' && c != '&') {
				return false;
			}
		}
		return true;
	}

	private static boolean isWordBoundary(String text, int index) {
		return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
	}

}
