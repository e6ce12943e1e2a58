package io.pactwatch.alert.delivery;

import io.pactwatch.alert.webhook.WebhookSender.Outcome;
import reactor.core.publisher.Mono;

/** Mails one email delivery (the email feature implements it). Never fails: failures are outcomes. */
public interface EmailSender {

	Mono<Outcome> send(DeliveryRepository.ClaimedDelivery delivery);

}
