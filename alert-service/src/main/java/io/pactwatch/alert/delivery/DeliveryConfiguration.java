package io.pactwatch.alert.delivery;

import java.time.Clock;

import io.pactwatch.netguard.AddressGuard;
import io.pactwatch.alert.webhook.WebhookSender;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

	@Bean
	RetrySchedule retrySchedule(DeliveryProperties properties) {
		return new RetrySchedule(properties.retrySchedule());
	}

	@Bean
	WebhookSender webhookSender(DeliveryProperties properties, AddressGuard guard, Clock clock) {
		return new WebhookSender(properties.connectTimeout(), properties.requestTimeout(), properties.maxInFlight(),
				guard, clock);
	}

}
