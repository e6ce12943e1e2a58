package io.pactwatch.alert.subscription;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.pactwatch.alert.web.FieldProblem;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * A channel as a client asks for it: {@code {"type": "webhook", "url"}}, {@code {"type": "email",
 * "address", "digest"}} or {@code {"type": "stream"}}.
 *
 * @param type webhook, email or stream (any case)
 * @param url the webhook URL: absolute http or https, a host, no credentials, no fragment
 * @param address the email address
 * @param digest for email: a daily digest instead of one mail per event
 */
record ChannelRequest(String type, String url, String address, Boolean digest) {

	static final int MAX_URL = 2048;

	static final int MAX_ADDRESS = 254;

	/**
	 * A valid channel to create.
	 *
	 * @param field the JSON path of its URL or address, for problems found later
	 */
	record NewChannel(ChannelType type, URI url, String address, boolean digest, String field) {
	}

	static ChannelRequest webhook(String url) {
		return new ChannelRequest("webhook", url, null, null);
	}

	/** The valid channel, or null after adding what is wrong to {@code problems}. */
	NewChannel validated(String path, List<FieldProblem> problems) {
		List<String> allowed = Arrays.stream(ChannelType.values()).map(Enum::name).toList();
		if (this.type == null || this.type.isBlank()) {
			problems.add(new FieldProblem(path + ".type", "is required", allowed));
			return null;
		}
		ChannelType channelType;
		try {
			channelType = ChannelType.valueOf(this.type.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(path + ".type",
					"unknown channel type '" + this.type + "'; allowed: " + String.join(", ", allowed), allowed));
			return null;
		}
		return switch (channelType) {
			case WEBHOOK -> {
				URI uri = validUrl(path + ".url", this.url, problems);
				yield (uri != null) ? new NewChannel(channelType, uri, null, false, path + ".url") : null;
			}
			case EMAIL -> {
				String email = validAddress(path + ".address", problems);
				yield (email != null)
						? new NewChannel(channelType, null, email, Boolean.TRUE.equals(this.digest), path + ".address") : null;
			}
			case STREAM -> new NewChannel(channelType, null, null, false, path + ".type");
		};
	}

	/** A syntactically valid webhook URL, or null after adding the problem. */
	static URI validUrl(String field, String url, List<FieldProblem> problems) {
		if (url == null || url.isBlank()) {
			problems.add(new FieldProblem(field, "is required"));
			return null;
		}
		String raw = url.strip();
		if (raw.length() > MAX_URL) {
			problems.add(new FieldProblem(field, "must be at most " + MAX_URL + " characters"));
			return null;
		}
		URI uri;
		try {
			uri = new URI(raw);
		}
		catch (URISyntaxException ex) {
			problems.add(new FieldProblem(field, "is not a valid URL: " + ex.getReason()));
			return null;
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
		if (!"http".equals(scheme) && !"https".equals(scheme)) {
			problems.add(new FieldProblem(field, "must be an absolute http or https URL", List.of("http", "https")));
		}
		else if (uri.getHost() == null || uri.getHost().isEmpty()) {
			problems.add(new FieldProblem(field, "must name a host"));
		}
		else if (uri.getRawUserInfo() != null) {
			problems.add(new FieldProblem(field, "must not carry credentials"));
		}
		else if (uri.getRawFragment() != null) {
			problems.add(new FieldProblem(field, "must not have a fragment"));
		}
		else {
			return uri;
		}
		return null;
	}

	private String validAddress(String field, List<FieldProblem> problems) {
		if (this.address == null || this.address.isBlank()) {
			problems.add(new FieldProblem(field, "is required"));
			return null;
		}
		String raw = this.address.strip();
		if (raw.length() > MAX_ADDRESS || raw.chars().anyMatch((c) -> Character.isISOControl(c) || c == '<' || c == '>')) {
			problems.add(new FieldProblem(field, "must be a plain email address (name@domain)"));
			return null;
		}
		try {
			InternetAddress parsed = new InternetAddress(raw, true);
			parsed.validate();
			String domain = raw.substring(raw.lastIndexOf('@') + 1);
			if (parsed.getPersonal() != null || !raw.equals(parsed.getAddress()) || !domain.contains(".")) {
				throw new AddressException("not a plain address with a domain");
			}
		}
		catch (AddressException | StringIndexOutOfBoundsException ex) {
			problems.add(new FieldProblem(field, "must be a plain email address (name@domain)"));
			return null;
		}
		return raw;
	}

}
