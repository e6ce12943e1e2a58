package io.pactwatch.alert.tenant;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tenants and API keys ({@code pactwatch.alert.tenancy.*}).
 *
 * @param adminKey the operator's key for {@code /api/admin/**} (creating tenants and their API
 * keys), sent as {@code Authorization: Bearer <admin-key>}; at least 16 characters. Unset, the
 * admin API answers 403.
 */
@ConfigurationProperties("pactwatch.alert.tenancy")
public record TenancyProperties(String adminKey) {

	static final int MIN_ADMIN_KEY = 16;

	public TenancyProperties {
		if (adminKey != null && !adminKey.isBlank() && adminKey.strip().length() < MIN_ADMIN_KEY) {
			throw new IllegalArgumentException(
					"pactwatch.alert.tenancy.admin-key must be at least " + MIN_ADMIN_KEY + " characters");
		}
		adminKey = (adminKey == null || adminKey.isBlank()) ? null : adminKey.strip();
	}

}
