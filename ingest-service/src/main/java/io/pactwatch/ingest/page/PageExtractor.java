package io.pactwatch.ingest.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.pactwatch.ingest.fetch.FetchedResource;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads the article in an HTML page. The bytes are decoded with the charset the server
 * declared, else the one the page declares (byte-order mark, {@code <meta charset>}), else
 * UTF-8 (jsoup's detection). The text is found by Readability4J, a port of Mozilla's
 * Readability (the Firefox reader view), which drops navigation, scripts, advertisements,
 * comments and other boilerplate; title, publication date, outlet and canonical URL come
 * from the page's metadata (Open Graph, {@code article:published_time}, JSON-LD
 * {@code datePublished}, {@code <time datetime>}) when it has them.
 */
@Component
public class PageExtractor {

	static final int MAX_TITLE = 1_000;

	/** Fewer letters than this is a menu or an error page, not an article. */
	static final int MIN_TEXT = 80;

	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5",
			"h6", "li", "blockquote", "pre", "br", "tr", "figcaption", "dd", "dt");

	private static final List<String> DATE_META = List.of("meta[property=article:published_time]",
			"meta[property=og:published_time]", "meta[name=article:published_time]", "meta[itemprop=datePublished]",
			"meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]",
			"meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[name=dcterms.created]", "meta[name=parsely-pub-date]",
			"meta[name=sailthru.date]");

	private final JsonMapper jsonMapper;

	PageExtractor(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	public ExtractedPage extract(FetchedResource page) {
		String url = page.url().toString();
		MediaType type = page.contentType();
		if (type != null && !type.isCompatibleWith(MediaType.TEXT_HTML)
				&& !type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)) {
			throw new PageNotReadableException(url, "The page is " + type.getType() + "/" + type.getSubtype()
					+ ", not HTML.");
		}
		Document document = parse(page);
		// metadata first: Readability rewrites the document as it reads it
		String metaTitle = firstContent(document, "meta[property=og:title]", "meta[name=twitter:title]");
		Instant publishedAt = publishedAt(document);
		String siteName = firstContent(document, "meta[property=og:site_name]", "meta[name=application-name]");
		String canonical = canonical(document, page.url());
		String documentTitle = document.title();
		Article article = new Readability4JExtended(url, document).parse();
		String text = (article.getArticleContent() != null) ? textOf(article.getArticleContent()) : "";
		if (text.codePoints().filter(Character::isLetterOrDigit).count() < MIN_TEXT) {
			throw new PageNotReadableException(url, "No article text was found in the page.");
		}
		String title = firstNonBlank(metaTitle, article.getTitle(), documentTitle, firstLine(text));
		return new ExtractedPage(canonical, truncate(title.strip()), text, publishedAt, siteName);
	}

	private static Document parse(FetchedResource page) {
		try {
			String charset = (page.declaredCharset() != null) ? page.declaredCharset().name() : null;
			return Jsoup.parse(new ByteArrayInputStream(page.body()), charset, page.url().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException | UnsupportedOperationException unknownCharset) {
			throw new PageNotReadableException(page.url().toString(),
					"The page's charset cannot be read: " + unknownCharset.getMessage());
		}
	}

	/** The text with a blank line between blocks, so paragraphs (and sentences) stay apart. */
	static String textOf(Element content) {
		StringBuilder text = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					String words = textNode.text();
					if (!words.isBlank()) {
						if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))
								&& Character.isWhitespace(words.charAt(0))) {
							text.append(' ');
						}
						text.append(words.strip());
						if (Character.isWhitespace(words.charAt(words.length() - 1))) {
							text.append(' ');
						}
					}
				}
				else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					paragraph(text);
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					paragraph(text);
				}
			}
		}, content);
		return text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
	}

	private static void paragraph(StringBuilder text) {
		int end = text.length();
		while (end > 0 && text.charAt(end - 1) == ' ') {
			end--;
		}
		text.setLength(end);
		if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
			text.append(text.charAt(text.length() - 1) == '\n' ? "\n" : "\n\n");
		}
	}

	private Instant publishedAt(Document document) {
		for (String selector : DATE_META) {
			Instant instant = parseDate(document.select(selector).attr("content"));
			if (instant != null) {
				return instant;
			}
		}
		for (Element script : document.select("script[type=application/ld+json]")) {
			try {
				Instant instant = parseDate(findText(this.jsonMapper.readTree(script.data()), "datePublished"));
				if (instant != null) {
					return instant;
				}
			}
			catch (RuntimeException unreadableJsonLd) {
				// a page's broken JSON-LD is no reason to refuse its article
			}
		}
		Element time = document.selectFirst("article time[datetime], time[datetime]");
		return (time != null) ? parseDate(time.attr("datetime")) : null;
	}

	private static String findText(JsonNode node, String field) {
		if (node == null) {
			return null;
		}
		if (node.isObject()) {
			JsonNode value = node.get(field);
			if (value != null && value.isString()) {
				return value.asString();
			}
		}
		if (node.isContainer()) {
			for (JsonNode child : node) {
				String found = findText(child, field);
				if (found != null) {
					return found;
				}
			}
			if (node.isObject()) {
				for (JsonNode child : node.values()) {
					String found = findText(child, field);
					if (found != null) {
						return found;
					}
				}
			}
		}
		return null;
	}

	/** ISO 8601 with or without offset (UTC assumed), a date alone, or RFC 1123. */
	static Instant parseDate(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notOffset) {
			// try the next form
		}
		try {
			return java.time.LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException notLocal) {
			// try the next form
		}
		try {
			return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (DateTimeParseException notDate) {
			// try the next form
		}
		try {
			return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException notRfc1123) {
			return null;
		}
	}

	private static String canonical(Document document, URI fetched) {
		String href = document.select("link[rel=canonical]").attr("abs:href");
		if (!href.isBlank()) {
			try {
				URI canonical = URI.create(href.strip());
				String scheme = (canonical.getScheme() != null) ? canonical.getScheme().toLowerCase(Locale.ROOT) : "";
				// only on the same host: a page may not claim another site's article
				if ((scheme.equals("http") || scheme.equals("https")) && canonical.getHost() != null
						&& canonical.getHost().equalsIgnoreCase(fetched.getHost())) {
					return canonical.toString();
				}
			}
			catch (IllegalArgumentException malformed) {
				// keep the fetched URL
			}
		}
		return fetched.toString();
	}

	private static String firstContent(Document document, String... selectors) {
		for (String selector : selectors) {
			String content = document.select(selector).attr("content");
			if (!content.isBlank()) {
				return content.strip();
			}
		}
		return null;
	}

	private static String firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return "";
	}

	private static String firstLine(String text) {
		return text.lines().findFirst().orElse("");
	}

	private static String truncate(String title) {
		return (title.length() > MAX_TITLE) ? title.substring(0, MAX_TITLE) : title;
	}

}
