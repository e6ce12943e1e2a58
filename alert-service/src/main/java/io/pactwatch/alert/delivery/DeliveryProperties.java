package io.pactwatch.alert.delivery;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Webhook delivery settings ({@code pactwatch.alert.delivery.*}).
 *
 * @param retrySchedule the wait before each attempt: the first entry before the first
 * attempt, the n-th before the n-th; after the last attempt fails the delivery is FAILED.
 * Default per Standard Webhooks: immediately, 5s, 5m, 30m, 2h, 5h, 10h, 10h
 * @param pollInterval how often the worker looks for due deliveries when nobody wakes it
 * @param batchSize the most deliveries claimed by one poll
 * @param maxInFlight the most webhook requests of this instance open at once
 * @param connectTimeout TCP connect timeout of a webhook request
 * @param requestTimeout the longest a webhook request may take, answer included
 * @param lease how long a claimed delivery stays reserved to this instance; must exceed
 * {@code requestTimeout}: an instance that died holding it is replaced after it
 */
@ConfigurationProperties("pactwatch.alert.delivery")
@Validated
public record DeliveryProperties(
		@DefaultValue({ "0s", "5s", "5m", "30m", "2h", "5h", "10h", "10h" }) @NotEmpty List<@NotNull Duration> retrySchedule,
		@DefaultValue("250ms") @NotNull Duration pollInterval, @DefaultValue("50") @Positive int batchSize,
		@DefaultValue("64") @Positive int maxInFlight, @DefaultValue("5s") @NotNull Duration connectTimeout,
		@DefaultValue("15s") @NotNull Duration requestTimeout, @DefaultValue("2m") @NotNull Duration lease) {

	public DeliveryProperties {
		if (lease != null && requestTimeout != null && lease.compareTo(requestTimeout.multipliedBy(2)) < 0) {
			throw new IllegalArgumentException("pactwatch.alert.delivery.lease (" + lease
					+ ") must be at least twice request-timeout (" + requestTimeout + ")");
		}
		if (retrySchedule != null && retrySchedule.stream().anyMatch((delay) -> delay != null && delay.isNegative())) {
			throw new IllegalArgumentException("pactwatch.alert.delivery.retry-schedule must not hold negative durations");
		}
	}

}
