package io.pactwatch.alert.tenant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/tenant}: which tenant an API key belongs to. */
@RestController
@Tag(name = "tenant")
@SecurityRequirement(name = Tenant.SECURITY_SCHEME)
class TenantController {

	@GetMapping("/api/tenant")
	@Operation(summary = "The tenant of the API key")
	Mono<Tenant> tenant(Tenant tenant) {
		return Mono.just(tenant);
	}

}
