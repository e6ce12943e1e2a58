package io.pactwatch.alert.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tenants and API keys in PostgreSQL. Blocking: call off the event loop. */
@Repository
class TenantRepository {

	private final JdbcClient jdbc;

	TenantRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One API key as its owner sees it: never the key itself after creation. */
	record ApiKeyInfo(UUID id, String prefix, Instant createdAt, Instant revokedAt) {
	}

	/** @return false if the name is taken */
	boolean insert(Tenant tenant) {
		return this.jdbc.sql("INSERT INTO tenant (id, name, created_at) VALUES (:id, :name, :createdAt) "
				+ "ON CONFLICT ON CONSTRAINT tenant_name_unique DO NOTHING")
			.param("id", tenant.id())
			.param("name", tenant.name())
			.param("createdAt", Timestamp.from(tenant.createdAt()))
			.update() > 0;
	}

	List<Tenant> findAll() {
		return this.jdbc.sql("SELECT id, name, created_at FROM tenant ORDER BY created_at, id")
			.query(TenantRepository::tenant)
			.list();
	}

	Optional<Tenant> findById(UUID id) {
		return this.jdbc.sql("SELECT id, name, created_at FROM tenant WHERE id = :id")
			.param("id", id)
			.query(TenantRepository::tenant)
			.optional();
	}

	boolean delete(UUID id) {
		return this.jdbc.sql("DELETE FROM tenant WHERE id = :id").param("id", id).update() > 0;
	}

	void insertKey(UUID id, UUID tenantId, String hash, String prefix, Instant createdAt) {
		this.jdbc.sql("INSERT INTO api_key (id, tenant_id, key_hash, prefix, created_at) "
				+ "VALUES (:id, :tenantId, :hash, :prefix, :createdAt)")
			.param("id", id)
			.param("tenantId", tenantId)
			.param("hash", hash)
			.param("prefix", prefix)
			.param("createdAt", Timestamp.from(createdAt))
			.update();
	}

	List<ApiKeyInfo> findKeys(UUID tenantId) {
		return this.jdbc.sql("SELECT id, prefix, created_at, revoked_at FROM api_key WHERE tenant_id = :tenantId "
				+ "ORDER BY created_at, id")
			.param("tenantId", tenantId)
			.query((rs, row) -> new ApiKeyInfo(rs.getObject("id", UUID.class), rs.getString("prefix"),
					rs.getTimestamp("created_at").toInstant(), instant(rs, "revoked_at")))
			.list();
	}

	/** Revokes a key (idempotent); false if the tenant has no such key. */
	boolean revokeKey(UUID tenantId, UUID keyId, Instant now) {
		return this.jdbc.sql("UPDATE api_key SET revoked_at = coalesce(revoked_at, :now) "
				+ "WHERE id = :id AND tenant_id = :tenantId")
			.param("now", Timestamp.from(now))
			.param("id", keyId)
			.param("tenantId", tenantId)
			.update() > 0;
	}

	/** The tenant whose unrevoked key has this hash. */
	Optional<Tenant> findByKeyHash(String hash) {
		return this.jdbc.sql("SELECT t.id, t.name, t.created_at FROM api_key k JOIN tenant t ON t.id = k.tenant_id "
				+ "WHERE k.key_hash = :hash AND k.revoked_at IS NULL")
			.param("hash", hash)
			.query(TenantRepository::tenant)
			.optional();
	}

	private static Tenant tenant(ResultSet rs, int row) throws SQLException {
		return new Tenant(rs.getObject("id", UUID.class), rs.getString("name"), rs.getTimestamp("created_at").toInstant());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
