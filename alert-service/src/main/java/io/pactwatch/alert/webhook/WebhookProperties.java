package io.pactwatch.alert.webhook;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Webhook endpoints ({@code pactwatch.alert.webhook.*}).
 *
 * @param allowList addresses that webhooks may reach although they are loopback, private,
 * link-local or otherwise internal: IP addresses ({@code 127.0.0.1}, {@code ::1}), CIDR
 * ranges ({@code 127.0.0.0/8}, {@code 10.1.0.0/16}) or host names ({@code localhost}: any
 * address it resolves to). Empty by default: only public addresses
 * @param disableAfter an endpoint whose attempts have all failed for this long is disabled
 * (Standard Webhooks suggests days; default 5 days)
 * @param rotationOverlap how long the previous secret keeps signing after a rotation, unless
 * the request says otherwise
 * @param maxRotationOverlap the longest overlap a rotation may ask for
 */
@ConfigurationProperties("pactwatch.alert.webhook")
@Validated
public record WebhookProperties(@DefaultValue List<String> allowList, @DefaultValue("5d") @NotNull Duration disableAfter,
		@DefaultValue("24h") @NotNull Duration rotationOverlap, @DefaultValue("7d") @NotNull Duration maxRotationOverlap) {

	public WebhookProperties {
		allowList = (allowList != null) ? allowList.stream().map(String::strip).filter((e) -> !e.isEmpty()).toList()
				: List.of();
		if (rotationOverlap != null && maxRotationOverlap != null
				&& (rotationOverlap.isNegative() || rotationOverlap.compareTo(maxRotationOverlap) > 0)) {
			throw new IllegalArgumentException("pactwatch.alert.webhook.rotation-overlap (" + rotationOverlap
					+ ") must be between 0 and max-rotation-overlap (" + maxRotationOverlap + ")");
		}
		if (disableAfter != null && disableAfter.isNegative()) {
			throw new IllegalArgumentException("pactwatch.alert.webhook.disable-after must not be negative");
		}
	}

}
