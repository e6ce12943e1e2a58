package io.pactwatch.alert.tenant;

import java.util.Map;

import io.pactwatch.alert.support.AlertServiceTest;
import io.pactwatch.alert.support.SubscriptionsApi;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** API keys authenticate tenants; a tenant sees and changes only its own subscriptions. */
@AlertServiceTest
class TenancyIT {

	private static final String SUBSCRIPTION = """
			{"name": "signings", "webhook": {"url": "http://127.0.0.1:8099/hook"}, "filter": {"parties": ["TENANCY-IT"]}}
			""";

	@Autowired
	private WebTestClient anonymous;

	@Test
	void apiNeedsAValidKey() {
		this.anonymous.get()
			.uri("/api/subscriptions")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"pactwatch\"")
			.expectBody()
			.jsonPath("$.status").isEqualTo(401)
			.jsonPath("$.detail").value(String.class, (detail) -> assertThat(detail).contains("Authorization: Bearer"));
		this.anonymous.post()
			.uri("/api/subscriptions")
			.header(HttpHeaders.AUTHORIZATION, "Bearer pwk_not-a-key")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(SUBSCRIPTION)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail").isEqualTo("The API key is unknown or revoked");
		this.anonymous.get()
			.uri("/api/subscriptions")
			.header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwdw==")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void adminApiNeedsTheAdminKeyNotATenantKey() {
		SubscriptionsApi tenant = new SubscriptionsApi(this.anonymous);
		tenant.client().get().uri("/api/admin/tenants").exchange().expectStatus().isUnauthorized();
		this.anonymous.post()
			.uri("/api/admin/tenants")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "x"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void tenantsSeeOnlyTheirOwnSubscriptions() {
		SubscriptionsApi alice = new SubscriptionsApi(this.anonymous);
		SubscriptionsApi bob = new SubscriptionsApi(this.anonymous);
		Map<String, Object> created = alice.create(SUBSCRIPTION);
		Object id = created.get("id");

		bob.client().get().uri("/api/subscriptions/{id}", id).exchange().expectStatus().isNotFound();
		bob.client().get().uri("/api/subscriptions/{id}/deliveries", id).exchange().expectStatus().isNotFound();
		bob.client().post().uri("/api/subscriptions/{id}/pause", id).exchange().expectStatus().isNotFound();
		bob.client()
			.patch()
			.uri("/api/subscriptions/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "stolen"))
			.exchange()
			.expectStatus()
			.isNotFound();
		bob.client().delete().uri("/api/subscriptions/{id}", id).exchange().expectStatus().isNotFound();
		bob.client()
			.get()
			.uri("/api/subscriptions")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(0);

		alice.client()
			.get()
			.uri("/api/subscriptions")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(1)
			.jsonPath("$[0].name").isEqualTo("signings");
	}

	@Test
	void tenantNamesAreUniqueAndKeysCanBeAddedAndRevoked() {
		String name = "acme-" + System.nanoTime();
		Map<String, Object> tenant = SubscriptionsApi.createTenant(this.anonymous, name);
		assertThat(SubscriptionsApi.apiKeyOf(tenant)).startsWith("pwk_").hasSizeGreaterThan(40);
		admin().post()
			.uri("/api/admin/tenants")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", name))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);

		Map<?, ?> second = admin().post()
			.uri("/api/admin/tenants/{id}/api-keys", tenant.get("id"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String secondKey = (String) second.get("key");
		withKey(secondKey).get()
			.uri("/api/tenant")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name").isEqualTo(name);

		admin().get()
			.uri("/api/admin/tenants/{id}", tenant.get("id"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.apiKeys.length()").isEqualTo(2)
			.jsonPath("$.apiKeys[0].key").doesNotExist()
			.jsonPath("$.apiKeys[0].prefix").value(String.class, (prefix) -> assertThat(prefix).startsWith("pwk_").hasSize(12));

		admin().delete()
			.uri("/api/admin/tenants/{id}/api-keys/{key}", tenant.get("id"), second.get("id"))
			.exchange()
			.expectStatus()
			.isNoContent();
		admin().delete()
			.uri("/api/admin/tenants/{id}/api-keys/{key}", tenant.get("id"), second.get("id"))
			.exchange()
			.expectStatus()
			.isNoContent();
		withKey(secondKey).get().uri("/api/tenant").exchange().expectStatus().isUnauthorized();
		withKey(SubscriptionsApi.apiKeyOf(tenant)).get().uri("/api/tenant").exchange().expectStatus().isOk();
	}

	@Test
	void invalidTenantNameIsAProblem() {
		admin().post()
			.uri("/api/admin/tenants")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", " "))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("name");
	}

	@Test
	void subscriptionsFromBeforeTenantsBelongToTheDefaultTenant() {
		admin().get()
			.uri("/api/admin/tenants/{id}", Tenant.DEFAULT_ID)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name").isEqualTo("default");
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyApiPathInTheOpenApiDocumentNeedsAKey() {
		Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) this.anonymous.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("paths");
		long checked = 0;
		for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
			if (!path.getKey().startsWith("/api/")) {
				continue;
			}
			String uri = path.getKey()
				.replace("{deliveryId}", "1")
				.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001");
			for (String method : path.getValue().keySet()) {
				this.anonymous.method(HttpMethod.valueOf(method.toUpperCase()))
					.uri(uri)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue("{}")
					.exchange()
					.expectStatus()
					.value((status) -> assertThat(status).as(method + " " + path.getKey()).isEqualTo(401));
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(15);
	}

	private WebTestClient admin() {
		return withKey(SubscriptionsApi.ADMIN_KEY);
	}

	private WebTestClient withKey(String key) {
		return this.anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + key).build();
	}

}
