package io.pactwatch.alert.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.pactwatch.alert.subscription.Channel;
import io.pactwatch.alert.subscription.ChannelListener;
import io.pactwatch.alert.subscription.ChannelType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Double opt-in: mails every new (or re-requested) email channel its confirmation link, at
 * once and then every {@code poll-interval} for what is due. A failed mail is tried again
 * after {@link #RETRY}; the claim is in PostgreSQL, so two instances never send one twice.
 */
@Component
class ConfirmationMailer implements ChannelListener {

	private static final Log log = LogFactory.getLog(ConfirmationMailer.class);

	static final Duration RETRY = Duration.ofMinutes(5);

	private static final int BATCH = 20;

	private final EmailRepository repository;

	private final SmtpMail mail;

	private final MailComposer composer;

	private final EmailLinks links;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ConfirmationMailer(EmailRepository repository, SmtpMail mail, MailComposer composer, EmailLinks links,
			TransactionTemplate transactions, Clock clock) {
		this.repository = repository;
		this.mail = mail;
		this.composer = composer;
		this.links = links;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void created(Channel channel) {
		if (channel.type() == ChannelType.EMAIL) {
			this.mail.scheduler().schedule(this::sendDue);
		}
	}

	@Scheduled(fixedDelayString = "${pactwatch.alert.email.poll-interval:2s}")
	synchronized void sendDue() {
		if (!this.mail.available()) {
			return;
		}
		try {
			Instant now = this.clock.instant();
			List<EmailRepository.EmailChannel> due = this.transactions
				.execute((tx) -> this.repository.claimConfirmations(now, now.plus(RETRY), BATCH));
			for (EmailRepository.EmailChannel channel : (due != null) ? due : List.<EmailRepository.EmailChannel>of()) {
				try {
					this.mail.send((session) -> this.composer.confirmation(session, channel, this.links.confirm(channel.id())));
					this.repository.confirmationSent(channel.id(), this.clock.instant());
				}
				catch (Exception ex) {
					log.warn("Confirmation mail to channel " + channel.id() + " failed; trying again in " + RETRY + ": "
							+ SmtpEmailSender.describe(ex));
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Cannot look for confirmation mails to send", ex);
		}
	}

}
