package io.pactwatch.alert.subscription;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.pactwatch.alert.tenant.Tenant;
import io.pactwatch.alert.web.Blocking;
import io.pactwatch.alert.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /api/subscriptions}: a tenant's subscriptions. Create (201, secrets in full), list,
 * get, change name or filter (PATCH), pause, resume (both idempotent), delete (204, then 404
 * like any unknown id). Another tenant's subscription is a 404 too.
 */
@RestController
@RequestMapping("/api/subscriptions")
@Tag(name = "subscriptions")
@SecurityRequirement(name = Tenant.SECURITY_SCHEME)
class SubscriptionController {

	private final SubscriptionRepository repository;

	private final ChannelChecks channelChecks;

	private final TransactionTemplate transactions;

	private final List<ChannelListener> channelListeners;

	private final Clock clock;

	SubscriptionController(SubscriptionRepository repository, ChannelChecks channelChecks, TransactionTemplate transactions,
			List<ChannelListener> channelListeners, Clock clock) {
		this.repository = repository;
		this.channelChecks = channelChecks;
		this.transactions = transactions;
		this.channelListeners = channelListeners;
		this.clock = clock;
	}

	@PostMapping
	@Operation(summary = "Create a subscription with its channels; webhook secrets are shown in full only here")
	Mono<ResponseEntity<SubscriptionView>> create(Tenant tenant, @RequestBody SubscriptionRequest request,
			ServerWebExchange exchange) {
		SubscriptionRequest.NewSubscription valid = request.validated();
		URI base = UriComponentsBuilder.fromUri(exchange.getRequest().getURI()).replaceQuery(null).build().toUri();
		return Blocking.call(() -> {
			this.channelChecks.check(valid.channels());
			Instant now = now();
			UUID id = UUID.randomUUID();
			List<Channel> channels = valid.channels().stream().map((c) -> Channel.create(c, id, now)).toList();
			Subscription subscription = new Subscription(id, tenant.id(), valid.name(), SubscriptionStatus.ACTIVE,
					valid.filter(), channels, now, now);
			this.transactions.executeWithoutResult((tx) -> this.repository.insert(subscription));
			channels.forEach((channel) -> this.channelListeners.forEach((listener) -> listener.created(channel)));
			URI location = UriComponentsBuilder.fromUri(base).path("/{id}").buildAndExpand(id).toUri();
			return ResponseEntity.created(location).body(SubscriptionView.withSecrets(subscription, now));
		});
	}

	@GetMapping
	@Operation(summary = "The tenant's subscriptions, oldest first; secrets masked")
	Mono<List<SubscriptionView>> list(Tenant tenant) {
		return Blocking.call(() -> {
			Instant now = now();
			return this.repository.findAll(tenant.id()).stream().map((s) -> SubscriptionView.masked(s, now)).toList();
		});
	}

	@GetMapping("/{id}")
	@Operation(summary = "One subscription; secrets masked")
	Mono<SubscriptionView> get(Tenant tenant, @PathVariable UUID id) {
		return Blocking.call(() -> SubscriptionView.masked(existing(tenant, id), now()));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change the name and/or the filter (replaced as a whole)")
	Mono<SubscriptionView> update(Tenant tenant, @PathVariable UUID id, @RequestBody SubscriptionUpdate update) {
		SubscriptionUpdate.Changes changes = update.validated();
		return Blocking.call(() -> {
			if (!this.repository.update(tenant.id(), id, changes.name(), changes.filter(), now())) {
				throw new NotFoundException("Subscription", id);
			}
			return SubscriptionView.masked(existing(tenant, id), now());
		});
	}

	@PostMapping("/{id}/pause")
	@Operation(summary = "Pause: no events are matched; pending deliveries wait until resumed (idempotent)")
	Mono<SubscriptionView> pause(Tenant tenant, @PathVariable UUID id) {
		return setStatus(tenant, id, SubscriptionStatus.PAUSED);
	}

	@PostMapping("/{id}/resume")
	@Operation(summary = "Resume: events are matched again, held deliveries go out (idempotent)")
	Mono<SubscriptionView> resume(Tenant tenant, @PathVariable UUID id) {
		return setStatus(tenant, id, SubscriptionStatus.ACTIVE);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete with its channels, deliveries and delivery log")
	Mono<ResponseEntity<Void>> delete(Tenant tenant, @PathVariable UUID id) {
		return Blocking.call(() -> {
			if (!this.repository.delete(tenant.id(), id)) {
				throw new NotFoundException("Subscription", id);
			}
			return ResponseEntity.noContent().build();
		});
	}

	private Mono<SubscriptionView> setStatus(Tenant tenant, UUID id, SubscriptionStatus status) {
		return Blocking.call(() -> {
			Boolean found = this.transactions.execute((tx) -> this.repository.setStatus(tenant.id(), id, status, now()));
			if (!Boolean.TRUE.equals(found)) {
				throw new NotFoundException("Subscription", id);
			}
			return SubscriptionView.masked(existing(tenant, id), now());
		});
	}

	private Subscription existing(Tenant tenant, UUID id) {
		return this.repository.findById(tenant.id(), id).orElseThrow(() -> new NotFoundException("Subscription", id));
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
