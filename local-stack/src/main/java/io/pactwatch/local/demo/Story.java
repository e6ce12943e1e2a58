package io.pactwatch.local.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The story pactwatch started from, told by the news of 2017: China and Russia open talks
 * on space cooperation in June, are "expected to sign" a space pact in September, sign it
 * in October, and a second outlet reports the same signing. The articles are our own
 * short reports ({@code demo/story.json}); the September one is the seed article itself
 * when it is at hand ({@code ../shared/seeds/space-pact-article.txt}), else our retelling
 * of it.
 */
public final class Story {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Story() {
	}

	public static List<StoryArticle> load(Path seedArticle) {
		List<StoryArticle> articles = new ArrayList<>();
		try (InputStream in = Story.class.getResourceAsStream("/demo/story.json")) {
			for (JsonNode node : JSON.readTree(in).get("articles")) {
				StoryArticle article = new StoryArticle(node.get("source").asText(), node.get("url").asText(),
						node.get("title").asText(), node.get("body").asText(), node.get("publishedAt").asText());
				if (node.path("seed").asBoolean(false) && seedArticle != null && Files.isRegularFile(seedArticle)) {
					article = fromSeed(article, seedArticle);
				}
				articles.add(article);
			}
			return articles;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo story", ex);
		}
	}

	/** The seed file: the headline on the first line, the text after it. */
	private static StoryArticle fromSeed(StoryArticle retelling, Path seedArticle) throws IOException {
		String text = Files.readString(seedArticle, StandardCharsets.UTF_8).strip();
		int firstLineEnd = text.indexOf('\n');
		String title = (firstLineEnd > 0) ? text.substring(0, firstLineEnd).strip() : retelling.title();
		String body = (firstLineEnd > 0) ? text.substring(firstLineEnd + 1).strip() : text;
		return new StoryArticle(retelling.source(), retelling.url(), title, body, retelling.publishedAt());
	}

}
