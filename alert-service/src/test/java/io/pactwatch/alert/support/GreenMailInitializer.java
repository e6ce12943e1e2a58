package io.pactwatch.alert.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** A real SMTP server for the application's mails: one GreenMail on 127.0.0.1 for the test JVM. */
public class GreenMailInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail greenMail;

	public static synchronized GreenMail greenMail() {
		if (greenMail == null) {
			greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			greenMail.start();
			Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
		}
		return greenMail;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("greenMail", Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port",
					greenMail().getSmtp().getPort())));
	}

}
