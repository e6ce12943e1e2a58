package io.pactwatch.extraction.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import io.pactwatch.extraction.extractor.ArticleText;

/** Reads eval/EVAL.md article lines ({@code id, source, url, title, body, publishedAt, language}). */
final class ArticleLines {

	private final ObjectMapper mapper;

	ArticleLines(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	/** The article of one line; {@link MalformedLineException} if it is not an article. */
	ArticleText parse(String line) {
		JsonNode node;
		try {
			node = this.mapper.readTree(line);
		}
		catch (JacksonException ex) {
			throw new MalformedLineException("not JSON: " + ex.getOriginalMessage());
		}
		if (node == null || !node.isObject()) {
			throw new MalformedLineException("not a JSON object");
		}
		String id = text(node, "id");
		if (id == null || id.isBlank()) {
			throw new MalformedLineException("no id");
		}
		Instant publishedAt = null;
		String published = text(node, "publishedAt");
		if (published != null && !published.isBlank()) {
			try {
				publishedAt = Instant.parse(published);
			}
			catch (DateTimeParseException ex) {
				throw new MalformedLineException("publishedAt is not an ISO instant: " + published);
			}
		}
		return new ArticleText(id, text(node, "title"), text(node, "body"), publishedAt, text(node, "language"));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	/** A line that is not an article. */
	static final class MalformedLineException extends RuntimeException {

		MalformedLineException(String message) {
			super(message);
		}

	}

}
