package io.pactwatch.alert.email;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mails from the templates: multipart/alternative with a plain-text and an HTML part, the
 * RFC 8058 one-click unsubscribe headers, and a Message-ID made from the delivery, so that a
 * mail sent twice (a crash between sending and recording) is one message to mail clients.
 */
@Component
class MailComposer {

	private static final ObjectMapper json = new ObjectMapper();

	private final MailTemplates templates;

	private final EmailProperties properties;

	MailComposer(MailTemplates templates, EmailProperties properties) {
		this.templates = templates;
		this.properties = properties;
	}

	/** One mail with one or more milestone events (the CloudEvents JSON of each). */
	MimeMessage alert(Session session, String messageId, String address, String subscriptionName, List<String> bodies,
			String unsubscribeUrl, boolean digest) throws MessagingException {
		List<Map<String, Object>> events = new ArrayList<>();
		for (String body : bodies) {
			events.add(event(body));
		}
		String subject = digest
				? "[pactwatch] " + subscriptionName + ": daily digest, " + events.size()
						+ ((events.size() == 1) ? " milestone" : " milestones")
				: "[pactwatch] " + events.get(0).get("milestone") + " (" + events.get(0).get("status") + "): "
						+ events.get(0).get("title");
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("subject", subject);
		model.put("subscriptionName", subscriptionName);
		model.put("address", address);
		model.put("events", events);
		model.put("unsubscribeUrl", unsubscribeUrl);
		MimeMessage message = message(session, messageId);
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(address);
		helper.setSubject(oneLine(subject));
		helper.setText(this.templates.render("milestone.txt", model), this.templates.render("milestone.html", model));
		message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return message;
	}

	MimeMessage confirmation(Session session, EmailRepository.EmailChannel channel, String confirmUrl)
			throws MessagingException {
		Map<String, Object> model = Map.of("subscriptionName", channel.subscriptionName(), "address", channel.address(),
				"digest", channel.digest(), "confirmUrl", confirmUrl);
		MimeMessage message = message(session, "<confirm-" + channel.id() + "-" + System.nanoTime() + "@pactwatch>");
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(channel.address());
		helper.setSubject(oneLine("[pactwatch] Confirm alerts for " + channel.subscriptionName()));
		helper.setText(this.templates.render("confirm.txt", model), this.templates.render("confirm.html", model));
		return message;
	}

	private static MimeMessage message(Session session, String messageId) {
		return new MimeMessage(session) {

			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", messageId);
			}

		};
	}

	private static Map<String, Object> event(String body) {
		JsonNode data;
		try {
			data = json.readTree(body).path("data");
		}
		catch (Exception ex) {
			throw new IllegalStateException("Stored event body is not JSON", ex);
		}
		Map<String, Object> event = new LinkedHashMap<>();
		List<String> parties = new ArrayList<>();
		data.path("parties").forEach((party) -> parties.add(party.asText()));
		String title = text(data, "agreementTitle");
		event.put("title", (title != null) ? title : "agreement between " + String.join(", ", parties));
		event.put("parties", String.join(", ", parties));
		event.put("milestone", text(data, "milestone"));
		event.put("status", text(data, "status"));
		event.put("date", text(data, "date"));
		event.put("domain", text(data, "domain"));
		event.put("evidence", text(data, "evidence"));
		event.put("confidence", String.format(Locale.ROOT, "%.2f", data.path("confidence").asDouble()));
		String url = text(data, "firstSeenArticleUrl");
		// only web links: an article's javascript: or data: URL never becomes a link
		boolean webLink = url != null && (url.startsWith("https://") || url.startsWith("http://"));
		event.put("articleUrl", webLink ? url : null);
		String source = text(data, "firstSeenSource");
		event.put("source", (source != null) ? source : "the article");
		event.put("agreementId", text(data, "agreementId"));
		event.put("eventId", text(data, "eventId"));
		return event;
	}

	private static String text(JsonNode data, String field) {
		JsonNode node = data.path(field);
		return (node.isMissingNode() || node.isNull()) ? null : node.asText();
	}

	private static String oneLine(String text) {
		String line = text.replaceAll("[\\r\\n\\t]+", " ").strip();
		return (line.length() > 200) ? line.substring(0, 197) + "..." : line;
	}

}
