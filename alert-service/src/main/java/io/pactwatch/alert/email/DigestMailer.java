package io.pactwatch.alert.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.pactwatch.alert.delivery.RetrySchedule;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily digests. At every {@code digest-cron} time each digest channel's queued deliveries
 * become one digest (one per channel and period, whichever instance is first), and digests
 * are mailed with the delivery retry schedule. A digest's attempts appear in the delivery
 * log of each of its deliveries.
 */
@Component
public class DigestMailer {

	private static final Log log = LogFactory.getLog(DigestMailer.class);

	private static final Duration LEASE = Duration.ofMinutes(2);

	private static final int BATCH = 20;

	private final EmailRepository repository;

	private final SmtpMail mail;

	private final MailComposer composer;

	private final EmailLinks links;

	private final RetrySchedule retrySchedule;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DigestMailer(EmailRepository repository, SmtpMail mail, MailComposer composer, EmailLinks links,
			RetrySchedule retrySchedule, TransactionTemplate transactions, Clock clock) {
		this.repository = repository;
		this.mail = mail;
		this.composer = composer;
		this.links = links;
		this.retrySchedule = retrySchedule;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${pactwatch.alert.email.digest-cron:0 0 7 * * *}", zone = "${pactwatch.alert.email.digest-zone:UTC}")
	void closeScheduledPeriod() {
		close(this.clock.instant().truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * Ends the digest period at {@code periodEnd}: what each digest channel queued until then
	 * becomes its digest, mailed at the next poll. @return how many digests were made
	 */
	public int close(Instant periodEnd) {
		int digests = 0;
		for (UUID channelId : this.repository.channelsWithQueued(periodEnd)) {
			Integer taken = this.transactions
				.execute((tx) -> this.repository.createDigest(channelId, periodEnd, this.clock.instant()));
			digests += (taken != null && taken > 0) ? 1 : 0;
		}
		return digests;
	}

	@Scheduled(fixedDelayString = "${pactwatch.alert.email.poll-interval:2s}")
	synchronized void sendDue() {
		if (!this.mail.available()) {
			return;
		}
		try {
			Instant now = this.clock.instant();
			UUID token = UUID.randomUUID();
			List<EmailRepository.ClaimedDigest> due = this.transactions
				.execute((tx) -> this.repository.claimDigests(now, now.plus(LEASE), token, BATCH));
			for (EmailRepository.ClaimedDigest digest : (due != null) ? due : List.<EmailRepository.ClaimedDigest>of()) {
				send(digest, token);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Cannot look for digests to send", ex);
		}
	}

	private void send(EmailRepository.ClaimedDigest digest, UUID token) {
		Instant attemptedAt = this.clock.instant();
		long started = System.nanoTime();
		String error = null;
		Optional<EmailRepository.EmailChannel> channel = this.repository.find(digest.channelId());
		List<String> bodies = this.repository.digestBodies(digest.id());
		if (channel.isEmpty() || bodies.isEmpty()) {
			return;
		}
		try {
			this.mail.send((session) -> this.composer.alert(session, "<digest-" + digest.id() + "@pactwatch>",
					channel.get().address(), channel.get().subscriptionName(), bodies,
					this.links.unsubscribe(digest.channelId()), true));
		}
		catch (Exception ex) {
			error = SmtpEmailSender.describe(ex);
		}
		long latency = Duration.ofNanos(System.nanoTime() - started).toMillis();
		int attempt = digest.attempts() + 1;
		Instant now = this.clock.instant();
		String status = "DELIVERED";
		Instant next = now;
		if (error != null) {
			Optional<Duration> delay = this.retrySchedule.delayAfter(attempt);
			status = delay.isPresent() ? "PENDING" : "FAILED";
			next = delay.map(now::plus).orElse(now);
			log.warn("Digest " + digest.id() + " attempt " + attempt + " failed: " + error);
		}
		String finalStatus = status;
		Instant nextAttemptAt = next;
		String finalError = error;
		this.transactions.executeWithoutResult((tx) -> this.repository.recordDigest(digest.id(), token, finalStatus, attempt,
				attemptedAt, latency, finalError, nextAttemptAt));
	}

}
