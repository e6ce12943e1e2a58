package io.pactwatch.alert.delivery;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeliveryPropertiesTests {

	private static final List<Duration> STANDARD_WEBHOOKS_SCHEDULE = List.of(Duration.ZERO, Duration.ofSeconds(5),
			Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
			Duration.ofHours(10));

	@Test
	void applicationYmlSetsTheStandardWebhooksSchedule() throws IOException {
		Binder binder = new Binder(ConfigurationPropertySources.from(
				new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))));

		DeliveryProperties properties = binder.bindOrCreate("pactwatch.alert.delivery", DeliveryProperties.class);

		assertThat(properties.retrySchedule()).isEqualTo(STANDARD_WEBHOOKS_SCHEDULE);
		assertThat(properties.pollInterval()).isEqualTo(Duration.ofMillis(250));
		assertThat(properties.lease()).isGreaterThan(properties.requestTimeout());
	}

	@Test
	void defaultsWithoutConfigurationAreTheSame() {
		DeliveryProperties properties = new Binder(new MapConfigurationPropertySource())
			.bindOrCreate("pactwatch.alert.delivery", DeliveryProperties.class);

		assertThat(properties.retrySchedule()).isEqualTo(STANDARD_WEBHOOKS_SCHEDULE);
		assertThat(properties.batchSize()).isEqualTo(50);
	}

	@Test
	void leaseMustOutlastTheRequests() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DeliveryProperties(List.of(Duration.ZERO), Duration.ofMillis(250), 50, 64,
					Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(20)))
			.withMessageContaining("lease");
	}

	@Test
	void negativeWaitsAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DeliveryProperties(List.of(Duration.ofSeconds(-1)), Duration.ofMillis(250), 50, 64,
					Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofMinutes(2)))
			.withMessageContaining("negative");
	}

}
