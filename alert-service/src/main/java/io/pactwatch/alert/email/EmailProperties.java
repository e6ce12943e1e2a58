package io.pactwatch.alert.email;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Email alerts ({@code pactwatch.alert.email.*}); the SMTP server is Spring Boot's
 * {@code spring.mail.*} (without {@code spring.mail.host} email channels are refused).
 *
 * @param from the sender of every mail
 * @param publicUrl the service's URL as readers' mail clients reach it, for the confirmation
 * and unsubscribe links; unset, {@code http://<server.address>:<port>}
 * @param tokenSecret the key that signs those links; unset, one is generated and kept in the
 * database, shared by every instance
 * @param digestCron when daily digests go out (a Spring cron expression, seconds first)
 * @param digestZone the time zone of {@code digest-cron}
 * @param pollInterval how often confirmation mails and due digests are looked for
 * @param confirmationValidity how long a confirmation link works
 */
@ConfigurationProperties("pactwatch.alert.email")
@Validated
public record EmailProperties(@DefaultValue("pactwatch <alerts@pactwatch.localhost>") @NotBlank String from,
		String publicUrl, String tokenSecret, @DefaultValue("0 0 7 * * *") @NotBlank String digestCron,
		@DefaultValue("UTC") @NotBlank String digestZone, @DefaultValue("2s") @NotNull Duration pollInterval,
		@DefaultValue("7d") @NotNull Duration confirmationValidity) {

}
