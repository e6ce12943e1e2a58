package io.pactwatch.alert.email;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import org.springframework.stereotype.Component;

/**
 * The mail and page templates ({@code templates/mail/*.mustache}): HTML ones escape every value
 * (article text and titles come from the news), plain-text ones do not.
 */
@Component
class MailTemplates {

	private final Map<String, Template> templates;

	MailTemplates() {
		// the five characters that matter in HTML text and quoted attributes, nothing more
		Mustache.Compiler html = Mustache.compiler()
			.withEscaper(Escapers.simple(new String[][] { { "&", "&amp;" }, { "<", "&lt;" }, { ">", "&gt;" },
					{ "\"", "&quot;" }, { "'", "&#39;" } }))
			.defaultValue("");
		Mustache.Compiler text = Mustache.compiler().escapeHTML(false).defaultValue("");
		this.templates = Map.of("milestone.html", compile(html, "milestone.html"), "milestone.txt",
				compile(text, "milestone.txt"), "confirm.html", compile(html, "confirm.html"), "confirm.txt",
				compile(text, "confirm.txt"), "page.html", compile(html, "page.html"));
	}

	String render(String name, Map<String, ?> model) {
		return this.templates.get(name).execute(model);
	}

	private static Template compile(Mustache.Compiler compiler, String name) {
		String path = "/templates/mail/" + name + ".mustache";
		try (InputStream in = MailTemplates.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing template " + path);
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				return compiler.compile(reader);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
