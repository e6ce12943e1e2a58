package io.pactwatch.alert.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.pactwatch.alert.subscription.Channel;
import io.pactwatch.alert.subscription.ChannelStatus;
import io.pactwatch.alert.subscription.ChannelType;
import io.pactwatch.alert.subscription.Subscription;
import io.pactwatch.alert.subscription.SubscriptionService;
import io.pactwatch.alert.subscription.SubscriptionStatus;
import io.pactwatch.alert.tenant.Tenant;
import io.pactwatch.alert.web.Blocking;
import io.pactwatch.alert.web.ConflictException;
import io.pactwatch.alert.web.FieldProblem;
import io.pactwatch.alert.web.InvalidRequestException;
import io.pactwatch.alert.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery log of a subscription (newest first, each delivery with all its attempts) and
 * replays: of one webhook delivery, or of all since a time. A replay sends the same body with
 * the same webhook-id, with the whole retry schedule.
 */
@RestController
@Tag(name = "deliveries")
@SecurityRequirement(name = Tenant.SECURITY_SCHEME)
class DeliveryController {

	static final int MAX_LIMIT = 500;

	private final DeliveryRepository deliveries;

	private final SubscriptionService subscriptions;

	private final DeliveryWorker worker;

	private final Clock clock;

	DeliveryController(DeliveryRepository deliveries, SubscriptionService subscriptions, DeliveryWorker worker,
			Clock clock) {
		this.deliveries = deliveries;
		this.subscriptions = subscriptions;
		this.worker = worker;
		this.clock = clock;
	}

	/** Replay everything since a time, of all the subscription's webhooks or one. */
	record ReplayRequest(String since, UUID channelId) {
	}

	record ReplayResult(int replayed) {
	}

	@GetMapping("/api/subscriptions/{id}/deliveries")
	@Operation(summary = "The delivery log, newest first: every attempt with its time, status code, latency and error")
	Mono<List<DeliveryRepository.LoggedDelivery>> list(Tenant tenant, @PathVariable UUID id,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) UUID channel,
			@RequestParam(required = false) String status) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidRequestException("Invalid query",
					List.of(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT)));
		}
		DeliveryStatus wanted = status(status);
		return Blocking.call(() -> {
			this.subscriptions.find(tenant.id(), id).orElseThrow(() -> new NotFoundException("Subscription", id));
			return this.deliveries.findBySubscription(id, channel, wanted, limit);
		});
	}

	@GetMapping("/api/subscriptions/{id}/deliveries/{deliveryId}")
	@Operation(summary = "One delivery with its attempts")
	Mono<DeliveryRepository.LoggedDelivery> get(Tenant tenant, @PathVariable UUID id, @PathVariable long deliveryId) {
		return Blocking.call(() -> {
			this.subscriptions.find(tenant.id(), id).orElseThrow(() -> new NotFoundException("Subscription", id));
			return this.deliveries.findById(id, deliveryId).orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
		});
	}

	@PostMapping("/api/subscriptions/{id}/deliveries/{deliveryId}/replay")
	@Operation(summary = "Send a finished webhook delivery again (202); a pending one is left as it is")
	Mono<ResponseEntity<DeliveryRepository.LoggedDelivery>> replay(Tenant tenant, @PathVariable UUID id,
			@PathVariable long deliveryId) {
		return Blocking.call(() -> {
			Subscription subscription = replayable(tenant, id);
			DeliveryRepository.LoggedDelivery delivery = this.deliveries.findById(id, deliveryId)
				.orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
			Channel channel = subscription.channels()
				.stream()
				.filter((c) -> c.id().equals(delivery.channelId()))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
			requireEnabledWebhook(channel);
			if (delivery.status() != DeliveryStatus.PENDING && !this.deliveries.replay(deliveryId, this.clock.instant())) {
				throw new ConflictException("Not replayable",
						"Delivery " + deliveryId + " is " + delivery.status() + "; only DELIVERED and FAILED ones replay");
			}
			this.worker.wake();
			return ResponseEntity.status(HttpStatus.ACCEPTED)
				.body(this.deliveries.findById(id, deliveryId).orElseThrow());
		});
	}

	@PostMapping("/api/subscriptions/{id}/replay")
	@Operation(summary = "Send again every finished webhook delivery created at or after 'since' (202, with the count)")
	Mono<ResponseEntity<ReplayResult>> replaySince(Tenant tenant, @PathVariable UUID id,
			@RequestBody ReplayRequest request) {
		Instant since = since(request);
		return Blocking.call(() -> {
			Subscription subscription = replayable(tenant, id);
			if (request.channelId() != null) {
				requireEnabledWebhook(subscription.channels()
					.stream()
					.filter((c) -> c.id().equals(request.channelId()))
					.findFirst()
					.orElseThrow(() -> new NotFoundException("Channel", request.channelId())));
			}
			int replayed = this.deliveries.replaySince(id, request.channelId(), since, this.clock.instant());
			this.worker.wake();
			return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ReplayResult(replayed));
		});
	}

	private Subscription replayable(Tenant tenant, UUID id) {
		Subscription subscription = this.subscriptions.find(tenant.id(), id)
			.orElseThrow(() -> new NotFoundException("Subscription", id));
		if (subscription.status() == SubscriptionStatus.PAUSED) {
			throw new ConflictException("Subscription paused", "Resume the subscription before replaying");
		}
		return subscription;
	}

	private static void requireEnabledWebhook(Channel channel) {
		if (channel.type() != ChannelType.WEBHOOK) {
			throw new ConflictException("Not a webhook", "Only webhook deliveries can be replayed");
		}
		if (channel.status() != ChannelStatus.ENABLED) {
			throw new ConflictException("Webhook disabled",
					"Channel " + channel.id() + " is disabled (" + channel.disabledReason() + "); enable it first");
		}
	}

	private static Instant since(ReplayRequest request) {
		if (request == null || request.since() == null || request.since().isBlank()) {
			throw new InvalidRequestException("Invalid replay", List.of(new FieldProblem("since", "is required")));
		}
		try {
			return Instant.parse(request.since().strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException("Invalid replay", List.of(new FieldProblem("since",
					"must be an ISO 8601 instant such as 2026-01-31T12:00:00Z")));
		}
	}

	private static DeliveryStatus status(String status) {
		if (status == null) {
			return null;
		}
		List<String> allowed = Arrays.stream(DeliveryStatus.values()).map(Enum::name).toList();
		String candidate = status.strip().toUpperCase(Locale.ROOT);
		if (!allowed.contains(candidate)) {
			throw new InvalidRequestException("Invalid query", List.of(new FieldProblem("status",
					"unknown delivery status '" + status + "'; allowed: " + String.join(", ", allowed), allowed)));
		}
		return DeliveryStatus.valueOf(candidate);
	}

}
