package io.pactwatch.alert.webhook;

import io.pactwatch.netguard.AddressGuard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

	@Bean
	AddressGuard addressGuard(WebhookProperties properties) {
		return new AddressGuard(properties.allowList());
	}

}
