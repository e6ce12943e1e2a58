package io.pactwatch.local.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * Prints each mail the SMTP catcher receives: who it is for, its subject and its links,
 * so that a person trying the email channel can follow the confirmation link.
 */
public final class MailPrinter implements AutoCloseable {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private final Supplier<List<MimeMessage>> mails;

	private final PrintStream out;

	private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "mail-printer");
		thread.setDaemon(true);
		return thread;
	});

	private int printed;

	public MailPrinter(Supplier<List<MimeMessage>> mails, PrintStream out) {
		this.mails = mails;
		this.out = out;
		this.poller.scheduleWithFixedDelay(this::printNew, 1, 1, TimeUnit.SECONDS);
	}

	private void printNew() {
		List<MimeMessage> received = this.mails.get();
		for (; this.printed < received.size(); this.printed++) {
			MimeMessage mail = received.get(this.printed);
			try {
				this.out.printf("      >>> MAIL to %s: %s%n", String.join(", ", List.of(mail.getHeader("To"))),
						mail.getSubject());
				Matcher links = LINK.matcher(plainText(mail));
				while (links.find()) {
					this.out.printf("          %s%n", links.group());
				}
			}
			catch (Exception unreadable) {
				this.out.printf("      >>> MAIL (unreadable: %s)%n", unreadable.getMessage());
			}
		}
	}

	private static String plainText(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String text = plainText(child);
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return "";
	}

	@Override
	public void close() {
		this.poller.shutdownNow();
	}

}
