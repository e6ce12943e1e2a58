package io.pactwatch.alert.webhook;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

	@Bean
	AddressGuard addressGuard(WebhookProperties properties) {
		return new AddressGuard(properties.allowList());
	}

}
