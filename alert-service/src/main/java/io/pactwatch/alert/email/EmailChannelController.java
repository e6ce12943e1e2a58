package io.pactwatch.alert.email;

import java.time.Clock;
import java.util.UUID;

import io.pactwatch.alert.subscription.Channel;
import io.pactwatch.alert.subscription.SubscriptionService;
import io.pactwatch.alert.tenant.Tenant;
import io.pactwatch.alert.web.Blocking;
import io.pactwatch.alert.web.ConflictException;
import io.pactwatch.alert.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST .../channels/{channelId}/resend-confirmation}: mail the confirmation link again. */
@RestController
@Tag(name = "channels")
@SecurityRequirement(name = Tenant.SECURITY_SCHEME)
class EmailChannelController {

	private final SubscriptionService subscriptions;

	private final EmailRepository repository;

	private final ConfirmationMailer mailer;

	private final Clock clock;

	EmailChannelController(SubscriptionService subscriptions, EmailRepository repository, ConfirmationMailer mailer,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.repository = repository;
		this.mailer = mailer;
		this.clock = clock;
	}

	@PostMapping("/api/subscriptions/{id}/channels/{channelId}/resend-confirmation")
	@Operation(summary = "Mail an unconfirmed address its confirmation link again (202); 409 if it is not unconfirmed")
	Mono<ResponseEntity<Void>> resend(Tenant tenant, @PathVariable UUID id, @PathVariable UUID channelId) {
		return Blocking.call(() -> {
			Channel channel = this.subscriptions.find(tenant.id(), id)
				.orElseThrow(() -> new NotFoundException("Subscription", id))
				.channels()
				.stream()
				.filter((c) -> c.id().equals(channelId))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Channel", channelId));
			if (!this.repository.requestConfirmation(channel.id(), this.clock.instant())) {
				throw new ConflictException("Not unconfirmed", "Channel " + channelId + " is " + channel.status()
						+ "; only an unconfirmed email address gets a confirmation mail");
			}
			this.mailer.created(channel);
			return ResponseEntity.status(HttpStatus.ACCEPTED).build();
		});
	}

}
