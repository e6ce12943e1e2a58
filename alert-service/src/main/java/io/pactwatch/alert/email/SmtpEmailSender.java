package io.pactwatch.alert.email;

import java.time.Duration;
import java.util.List;

import io.pactwatch.alert.delivery.DeliveryRepository.ClaimedDelivery;
import io.pactwatch.alert.delivery.EmailSender;
import io.pactwatch.alert.webhook.WebhookSender.Outcome;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** Mails one milestone event to a confirmed address. */
@Component
class SmtpEmailSender implements EmailSender {

	private static final int MAX_ERROR = 500;

	private final SmtpMail mail;

	private final MailComposer composer;

	private final EmailLinks links;

	SmtpEmailSender(SmtpMail mail, MailComposer composer, EmailLinks links) {
		this.mail = mail;
		this.composer = composer;
		this.links = links;
	}

	@Override
	public Mono<Outcome> send(ClaimedDelivery delivery) {
		return Mono.fromCallable(() -> {
			long started = System.nanoTime();
			try {
				this.mail.send((session) -> this.composer.alert(session, "<" + delivery.webhookId() + "@pactwatch>",
						delivery.emailAddress(), delivery.subscriptionName(), List.of(delivery.body()),
						this.links.unsubscribe(delivery.channelId()), false));
				return new Outcome(true, null, millisSince(started), null);
			}
			catch (Exception ex) {
				return new Outcome(false, null, millisSince(started), describe(ex));
			}
		}).subscribeOn(this.mail.scheduler());
	}

	static String describe(Exception ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = "SMTP: " + root.getClass().getSimpleName() + ((root.getMessage() != null) ? ": " + root.getMessage() : "");
		return (message.length() > MAX_ERROR) ? message.substring(0, MAX_ERROR) : message;
	}

	private static long millisSince(long started) {
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}

}
