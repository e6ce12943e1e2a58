package io.pactwatch.alert.email;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.pactwatch.alert.web.Blocking;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of mails, for people and mail clients, authenticated by their signed token: a GET
 * shows a page with a button (link scanners that follow links change nothing), a POST acts.
 * {@code POST /email/unsubscribe?token=} is the RFC 8058 one-click unsubscribe
 * ({@code List-Unsubscribe=One-Click} in the body). Both actions are idempotent.
 */
@RestController
@Hidden
class EmailController {

	private final EmailTokens tokens;

	private final EmailRepository repository;

	private final MailTemplates templates;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EmailController(EmailTokens tokens, EmailRepository repository, MailTemplates templates,
			TransactionTemplate transactions, Clock clock) {
		this.tokens = tokens;
		this.repository = repository;
		this.templates = templates;
		this.transactions = transactions;
		this.clock = clock;
	}

	@GetMapping("/email/confirm")
	Mono<ResponseEntity<String>> confirmPage(@RequestParam(required = false) String token) {
		return withChannel(EmailTokens.Purpose.CONFIRM, token, (channel) -> ("UNSUBSCRIBED".equals(channel.status()))
				? page(HttpStatus.OK, "Unsubscribed", channel.address() + " unsubscribed from these alerts.", null, null)
				: page(HttpStatus.OK, "Confirm your alerts", "Send alerts for \"" + channel.subscriptionName() + "\" to "
						+ channel.address() + "?", action("/email/confirm", token), "Confirm"));
	}

	@PostMapping("/email/confirm")
	Mono<ResponseEntity<String>> confirm(@RequestParam(required = false) String token) {
		return withChannel(EmailTokens.Purpose.CONFIRM, token, (channel) -> {
			this.repository.confirm(channel.id(), this.clock.instant());
			EmailRepository.EmailChannel now = this.repository.find(channel.id()).orElse(channel);
			return "UNSUBSCRIBED".equals(now.status())
					? page(HttpStatus.OK, "Unsubscribed", now.address() + " unsubscribed from these alerts.", null, null)
					: page(HttpStatus.OK, "Confirmed", now.address() + " will get the alerts of \""
							+ now.subscriptionName() + "\".", null, null);
		});
	}

	@GetMapping("/email/unsubscribe")
	Mono<ResponseEntity<String>> unsubscribePage(@RequestParam(required = false) String token) {
		return withChannel(EmailTokens.Purpose.UNSUBSCRIBE, token, (channel) -> page(HttpStatus.OK, "Unsubscribe",
				"Stop sending alerts for \"" + channel.subscriptionName() + "\" to " + channel.address() + "?",
				action("/email/unsubscribe", token), "Unsubscribe"));
	}

	@PostMapping("/email/unsubscribe")
	Mono<ResponseEntity<String>> unsubscribe(@RequestParam(required = false) String token) {
		return withChannel(EmailTokens.Purpose.UNSUBSCRIBE, token, (channel) -> {
			this.transactions.executeWithoutResult((tx) -> this.repository.unsubscribe(channel.id(), this.clock.instant()));
			return page(HttpStatus.OK, "Unsubscribed", channel.address() + " gets no more alerts for \""
					+ channel.subscriptionName() + "\".", null, null);
		});
	}

	private Mono<ResponseEntity<String>> withChannel(EmailTokens.Purpose purpose, String token,
			java.util.function.Function<EmailRepository.EmailChannel, ResponseEntity<String>> action) {
		Optional<UUID> channelId = this.tokens.verify(purpose, token, this.clock.instant());
		if (channelId.isEmpty()) {
			return Mono.just(page(HttpStatus.BAD_REQUEST, "Invalid link",
					"This link is not valid, or it has expired. Links work only exactly as they were mailed.", null, null));
		}
		return Blocking.call(() -> this.repository.find(channelId.get())
			.map(action)
			.orElseGet(() -> page(HttpStatus.NOT_FOUND, "Not found", "These alerts do not exist any more.", null, null)));
	}

	private static String action(String path, String token) {
		return UriComponentsBuilder.fromPath(path).queryParam("token", token).build().toUriString();
	}

	private ResponseEntity<String> page(HttpStatus status, String title, String message, String action, String button) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("title", title);
		model.put("message", message);
		model.put("action", action);
		model.put("button", button);
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body(this.templates.render("page.html", model));
	}

}
