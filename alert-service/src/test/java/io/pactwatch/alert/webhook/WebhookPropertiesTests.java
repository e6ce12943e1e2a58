package io.pactwatch.alert.webhook;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import io.pactwatch.alert.tenant.TenancyProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookPropertiesTests {

	@Test
	void applicationYmlAllowsNoInternalAddressAndHasNoAdminKey() throws IOException {
		Binder binder = new Binder(ConfigurationPropertySources.from(
				new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))));

		WebhookProperties webhook = binder.bindOrCreate("pactwatch.alert.webhook", WebhookProperties.class);
		TenancyProperties tenancy = binder.bindOrCreate("pactwatch.alert.tenancy", TenancyProperties.class);

		assertThat(webhook.allowList()).isEmpty();
		assertThat(webhook.disableAfter()).isEqualTo(Duration.ofDays(5));
		assertThat(webhook.rotationOverlap()).isEqualTo(Duration.ofHours(24));
		assertThat(tenancy.adminKey()).isNull();
	}

	@Test
	void rotationOverlapMustNotExceedItsMaximumAndAdminKeyMustBeLong() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WebhookProperties(List.of(), Duration.ofDays(5), Duration.ofDays(8), Duration.ofDays(7)));
		assertThatIllegalArgumentException().isThrownBy(() -> new TenancyProperties("short"));
		assertThat(new WebhookProperties(List.of(" 127.0.0.1 ", ""), Duration.ofDays(5), Duration.ofHours(1),
				Duration.ofDays(7)).allowList()).containsExactly("127.0.0.1");
	}

}
