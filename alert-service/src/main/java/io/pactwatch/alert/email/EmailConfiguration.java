package io.pactwatch.alert.email;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EmailConfiguration {

	/** Signs with the configured key, or with one generated once and kept in the database. */
	@Bean
	EmailTokens emailTokens(EmailProperties properties, EmailRepository repository, Clock clock) {
		String secret = properties.tokenSecret();
		if (secret == null || secret.isBlank()) {
			secret = repository.serviceKey("email-token", EmailTokens.newSecret(), clock.instant());
		}
		return new EmailTokens(secret);
	}

}
