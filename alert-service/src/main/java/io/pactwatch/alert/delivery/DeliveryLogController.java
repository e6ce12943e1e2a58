package io.pactwatch.alert.delivery;

import java.util.List;
import java.util.UUID;

import io.pactwatch.alert.subscription.SubscriptionRepository;
import io.pactwatch.alert.web.Blocking;
import io.pactwatch.alert.web.FieldProblem;
import io.pactwatch.alert.web.InvalidRequestException;
import io.pactwatch.alert.web.NotFoundException;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/subscriptions/{id}/deliveries?limit=50}: the delivery log of a
 * subscription, newest first, each delivery with all its attempts.
 */
@RestController
class DeliveryLogController {

	static final int MAX_LIMIT = 500;

	private final DeliveryRepository deliveries;

	private final SubscriptionRepository subscriptions;

	DeliveryLogController(DeliveryRepository deliveries, SubscriptionRepository subscriptions) {
		this.deliveries = deliveries;
		this.subscriptions = subscriptions;
	}

	@GetMapping("/api/subscriptions/{id}/deliveries")
	Mono<List<DeliveryRepository.LoggedDelivery>> deliveries(@PathVariable UUID id,
			@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidRequestException("Invalid query",
					List.of(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT)));
		}
		return Blocking.call(() -> {
			if (!this.subscriptions.exists(id)) {
				throw new NotFoundException("Subscription", id);
			}
			return this.deliveries.findBySubscription(id, limit);
		});
	}

}
