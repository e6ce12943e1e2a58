package io.pactwatch.alert.email;

import java.util.Properties;

import io.pactwatch.alert.subscription.EmailAvailability;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP server of {@code spring.mail.*}, if one is configured. Blocking: mail is sent on
 * {@link #scheduler()}, threads of its own, so that a slow mail server holds up mail and
 * nothing else (the API's database calls run on Reactor's shared bounded elastic threads).
 */
@Component
class SmtpMail implements EmailAvailability, DisposableBean {

	private static final int THREADS = 8;

	private static final int QUEUED = 10_000;

	/** Builds a message in a session of the mail server. */
	@FunctionalInterface
	interface MessageFactory {

		MimeMessage create(Session session) throws MessagingException;

	}

	private final ObjectProvider<JavaMailSender> sender;

	private final Scheduler scheduler = Schedulers.newBoundedElastic(THREADS, QUEUED, "smtp", 60, true);

	SmtpMail(ObjectProvider<JavaMailSender> sender) {
		this.sender = sender;
	}

	/** Where blocking mail work runs. */
	Scheduler scheduler() {
		return this.scheduler;
	}

	/** Whether {@code spring.mail.host} is set, so that email channels can work. */
	@Override
	public boolean available() {
		return this.sender.getIfAvailable() != null;
	}

	void send(MessageFactory factory) throws MessagingException {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			throw new MessagingException("email is not configured on this server (spring.mail.host)");
		}
		Session session = (mail instanceof JavaMailSenderImpl impl) ? impl.getSession()
				: Session.getInstance(new Properties());
		mail.send(factory.create(session));
	}

	@Override
	public void destroy() {
		this.scheduler.dispose();
	}

}
