package io.pactwatch.alert.email;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The confirmation and unsubscribe links of mails, with their signed tokens. */
@Component
class EmailLinks {

	private final EmailTokens tokens;

	private final EmailProperties properties;

	private final Environment environment;

	private final Clock clock;

	EmailLinks(EmailTokens tokens, EmailProperties properties, Environment environment, Clock clock) {
		this.tokens = tokens;
		this.properties = properties;
		this.environment = environment;
		this.clock = clock;
	}

	String confirm(UUID channelId) {
		Instant expires = this.clock.instant().plus(this.properties.confirmationValidity());
		return link("/email/confirm", this.tokens.sign(EmailTokens.Purpose.CONFIRM, channelId, expires));
	}

	String unsubscribe(UUID channelId) {
		return link("/email/unsubscribe", this.tokens.sign(EmailTokens.Purpose.UNSUBSCRIBE, channelId, null));
	}

	private String link(String path, String token) {
		return UriComponentsBuilder.fromUriString(base()).path(path).queryParam("token", token).build().toUriString();
	}

	private String base() {
		String configured = this.properties.publicUrl();
		if (configured != null && !configured.isBlank()) {
			return configured.strip().replaceAll("/+$", "");
		}
		String address = this.environment.getProperty("server.address", "127.0.0.1");
		String port = this.environment.getProperty("local.server.port", this.environment.getProperty("server.port", "8083"));
		String host = address.contains(":") ? "[" + address + "]" : address;
		return "http://" + ("0.0.0.0".equals(address) ? "localhost" : host) + ":" + port;
	}

}
