package io.pactwatch.alert.tenant;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.pactwatch.alert.web.Blocking;
import io.pactwatch.alert.web.ConflictException;
import io.pactwatch.alert.web.FieldProblem;
import io.pactwatch.alert.web.InvalidRequestException;
import io.pactwatch.alert.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/tenants}: the operator (admin key) creates tenants and their API keys. A
 * key is shown in full only in the answer that creates it.
 */
@RestController
@RequestMapping("/api/admin/tenants")
@Tag(name = "admin", description = "Tenants and API keys (admin key)")
@SecurityRequirement(name = Tenant.SECURITY_SCHEME)
class AdminController {

	static final int MAX_NAME = 200;

	private final TenantRepository tenants;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AdminController(TenantRepository tenants, TransactionTemplate transactions, Clock clock) {
		this.tenants = tenants;
		this.transactions = transactions;
		this.clock = clock;
	}

	record TenantRequest(String name) {
	}

	record TenantView(UUID id, String name, Instant createdAt, List<TenantRepository.ApiKeyInfo> apiKeys) {
	}

	/** A new API key, in full: this is the only time it is shown. */
	record NewApiKey(UUID id, String key, String prefix, Instant createdAt) {
	}

	record CreatedTenant(UUID id, String name, Instant createdAt, NewApiKey apiKey) {
	}

	@PostMapping
	@Operation(summary = "Create a tenant with a first API key (shown only in this answer); 409 if the name is taken")
	Mono<ResponseEntity<CreatedTenant>> create(AdminAccess admin, @RequestBody TenantRequest request) {
		String name = validName(request);
		Tenant tenant = new Tenant(UUID.randomUUID(), name, now());
		return Blocking.call(() -> this.transactions.execute((tx) -> {
			if (!this.tenants.insert(tenant)) {
				throw new ConflictException("Tenant exists", "A tenant named '" + name + "' exists already");
			}
			NewApiKey key = newKey(tenant.id());
			return ResponseEntity.created(URI.create("/api/admin/tenants/" + tenant.id()))
				.body(new CreatedTenant(tenant.id(), tenant.name(), tenant.createdAt(), key));
		}));
	}

	@GetMapping
	@Operation(summary = "List tenants")
	Mono<List<TenantView>> list(AdminAccess admin) {
		return Blocking.call(() -> this.tenants.findAll().stream().map(this::view).toList());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One tenant with its API keys (prefixes only)")
	Mono<TenantView> get(AdminAccess admin, @PathVariable UUID id) {
		return Blocking.call(() -> view(existing(id)));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a tenant with its keys, subscriptions and deliveries")
	Mono<ResponseEntity<Void>> delete(AdminAccess admin, @PathVariable UUID id) {
		return Blocking.call(() -> {
			if (!this.tenants.delete(id)) {
				throw new NotFoundException("Tenant", id);
			}
			return ResponseEntity.noContent().build();
		});
	}

	@PostMapping("/{id}/api-keys")
	@Operation(summary = "Create another API key for a tenant (shown only in this answer)")
	Mono<ResponseEntity<NewApiKey>> createKey(AdminAccess admin, @PathVariable UUID id) {
		return Blocking.call(() -> {
			existing(id);
			NewApiKey key = newKey(id);
			return ResponseEntity.created(URI.create("/api/admin/tenants/" + id + "/api-keys/" + key.id())).body(key);
		});
	}

	@DeleteMapping("/{id}/api-keys/{keyId}")
	@Operation(summary = "Revoke an API key (idempotent)")
	Mono<ResponseEntity<Void>> revokeKey(AdminAccess admin, @PathVariable UUID id, @PathVariable UUID keyId) {
		return Blocking.call(() -> {
			if (!this.tenants.revokeKey(id, keyId, now())) {
				throw new NotFoundException("API key", keyId);
			}
			return ResponseEntity.noContent().build();
		});
	}

	private Tenant existing(UUID id) {
		return this.tenants.findById(id).orElseThrow(() -> new NotFoundException("Tenant", id));
	}

	private TenantView view(Tenant tenant) {
		return new TenantView(tenant.id(), tenant.name(), tenant.createdAt(), this.tenants.findKeys(tenant.id()));
	}

	private NewApiKey newKey(UUID tenantId) {
		String key = ApiKeys.generate();
		NewApiKey created = new NewApiKey(UUID.randomUUID(), key, ApiKeys.prefix(key), now());
		this.tenants.insertKey(created.id(), tenantId, ApiKeys.hash(key), created.prefix(), created.createdAt());
		return created;
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

	private static String validName(TenantRequest request) {
		String name = (request != null && request.name() != null) ? request.name().strip() : "";
		if (name.isEmpty()) {
			throw new InvalidRequestException("Invalid tenant", List.of(new FieldProblem("name", "is required")));
		}
		if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidRequestException("Invalid tenant", List.of(new FieldProblem("name",
					"must be at most " + MAX_NAME + " characters without control characters")));
		}
		return name;
	}

}
