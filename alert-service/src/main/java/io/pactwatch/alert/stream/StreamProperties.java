package io.pactwatch.alert.stream;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The live stream ({@code pactwatch.alert.stream.*}).
 *
 * @param pollInterval how often an open stream looks for entries that another instance stored
 * (entries this instance stores are sent at once)
 * @param heartbeat how often an idle stream sends a comment, so that proxies keep it open
 * @param batchSize the most entries read at once
 * @param retention how long entries are kept for resuming with Last-Event-ID
 */
@ConfigurationProperties("pactwatch.alert.stream")
@Validated
public record StreamProperties(@DefaultValue("1s") @NotNull Duration pollInterval,
		@DefaultValue("15s") @NotNull Duration heartbeat, @DefaultValue("200") @Positive int batchSize,
		@DefaultValue("7d") @NotNull Duration retention) {

}
