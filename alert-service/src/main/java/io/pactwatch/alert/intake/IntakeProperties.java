package io.pactwatch.alert.intake;

import java.time.Duration;

import io.pactwatch.schemas.Topics;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Consumption of {@code agreement.milestones.v1} ({@code pactwatch.alert.intake.*}). A
 * record that cannot be read goes to the dead-letter topic at once; one whose processing
 * fails (the database is down) is retried with exponential back-off, and dead-lettered
 * only after {@code max-retries}.
 *
 * @param topic the topic of milestone events (the dead-letter topic is its name + {@code .DLT})
 * @param initialBackOff the first wait before a retry
 * @param maxBackOff the longest wait between retries
 * @param maxRetries retries before the record goes to the dead-letter topic
 * @param deadLetterPartitions partitions of the dead-letter topic if this service creates it
 */
@ConfigurationProperties("pactwatch.alert.intake")
@Validated
public record IntakeProperties(@DefaultValue(Topics.AGREEMENT_MILESTONES) @NotBlank String topic,
		@DefaultValue("500ms") @NotNull Duration initialBackOff,
		@DefaultValue("30s") @NotNull Duration maxBackOff, @DefaultValue("12") @Min(0) int maxRetries,
		@DefaultValue("1") @Positive int deadLetterPartitions) {

}
