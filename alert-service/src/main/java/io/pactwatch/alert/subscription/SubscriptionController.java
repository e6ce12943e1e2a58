package io.pactwatch.alert.subscription;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.pactwatch.alert.web.Blocking;
import io.pactwatch.alert.web.NotFoundException;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /api/subscriptions}: create, list, get and delete webhook subscriptions. Deleting
 * is not repeatable: the first DELETE answers 204, later ones 404 like any unknown id.
 */
@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionController {

	private final SubscriptionRepository repository;

	private final Clock clock;

	SubscriptionController(SubscriptionRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@PostMapping
	Mono<ResponseEntity<SubscriptionView>> create(@RequestBody SubscriptionRequest request, ServerWebExchange exchange) {
		SubscriptionRequest.NewSubscription valid = request.validated();
		Subscription subscription = new Subscription(UUID.randomUUID(), valid.name(), valid.webhookUrl(),
				WebhookSecrets.generate(), valid.filter(), Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
		URI location = UriComponentsBuilder.fromUri(exchange.getRequest().getURI())
			.replaceQuery(null)
			.path("/{id}")
			.buildAndExpand(subscription.id())
			.toUri();
		return Blocking.call(() -> {
			this.repository.insert(subscription);
			return ResponseEntity.created(location).body(SubscriptionView.withSecret(subscription));
		});
	}

	@GetMapping
	Mono<List<SubscriptionView>> list() {
		return Blocking.call(() -> this.repository.findAll().stream().map(SubscriptionView::masked).toList());
	}

	@GetMapping("/{id}")
	Mono<SubscriptionView> get(@PathVariable UUID id) {
		return Blocking.call(() -> this.repository.findById(id)
			.map(SubscriptionView::masked)
			.orElseThrow(() -> new NotFoundException("Subscription", id)));
	}

	@DeleteMapping("/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable UUID id) {
		return Blocking.call(() -> {
			if (!this.repository.delete(id)) {
				throw new NotFoundException("Subscription", id);
			}
			return ResponseEntity.noContent().build();
		});
	}

}
