package io.pactwatch.alert.tenant;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer of pactwatch: owns subscriptions and API keys, and sees nothing of other
 * tenants'. A controller method that takes a {@code Tenant} parameter is authenticated: the
 * request's {@code Authorization: Bearer <api key>} names the tenant.
 *
 * @param id its id
 * @param name a unique label chosen by the operator
 * @param createdAt when it was created
 */
public record Tenant(UUID id, String name, Instant createdAt) {

	/** The tenant that subscriptions made before tenants existed belong to. */
	public static final UUID DEFAULT_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

	/** The OpenAPI security scheme of API keys ({@code Authorization: Bearer <key>}). */
	public static final String SECURITY_SCHEME = "apiKey";

}
