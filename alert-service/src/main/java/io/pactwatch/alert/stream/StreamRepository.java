package io.pactwatch.alert.stream;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stream entries in PostgreSQL (table {@code stream_entry}). Blocking. */
@Repository
class StreamRepository {

	private final JdbcClient jdbc;

	StreamRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(UUID channelId, String eventId) {
		return !this.jdbc.sql("SELECT 1 FROM stream_entry WHERE channel_id = :channelId AND event_id = :eventId")
			.param("channelId", channelId)
			.param("eventId", eventId)
			.query(Integer.class)
			.list()
			.isEmpty();
	}

	/** Locks the tenants' rows, in the order given, until the transaction ends. */
	void lockTenants(List<UUID> tenantIds) {
		for (UUID tenantId : tenantIds) {
			this.jdbc.sql("SELECT id FROM tenant WHERE id = :id FOR UPDATE").param("id", tenantId).query(UUID.class).list();
		}
	}

	/**
	 * The tenant's next number; the tenant row stays locked until the transaction ends, so
	 * that entries commit in number order.
	 */
	long nextSeq(UUID tenantId) {
		return this.jdbc.sql("UPDATE tenant SET stream_seq = stream_seq + 1 WHERE id = :id RETURNING stream_seq")
			.param("id", tenantId)
			.query(Long.class)
			.single();
	}

	/** @return false if the entry existed already */
	boolean insert(UUID tenantId, long seq, UUID subscriptionId, UUID channelId, String eventId, String body,
			Instant now) {
		return this.jdbc.sql("INSERT INTO stream_entry (tenant_id, seq, subscription_id, channel_id, event_id, body, "
				+ "created_at) VALUES (:tenantId, :seq, :subscriptionId, :channelId, :eventId, :body, :now) "
				+ "ON CONFLICT ON CONSTRAINT stream_entry_once DO NOTHING")
			.param("tenantId", tenantId)
			.param("seq", seq)
			.param("subscriptionId", subscriptionId)
			.param("channelId", channelId)
			.param("eventId", eventId)
			.param("body", body)
			.param("now", Timestamp.from(now))
			.update() > 0;
	}

	/** The tenant's last number so far. */
	long currentSeq(UUID tenantId) {
		return this.jdbc.sql("SELECT stream_seq FROM tenant WHERE id = :id").param("id", tenantId).query(Long.class).single();
	}

	/** The tenant's entries after {@code afterSeq}, in order; of one subscription if given. */
	List<StreamEntry> after(UUID tenantId, long afterSeq, UUID subscriptionId, int limit) {
		return this.jdbc.sql("SELECT seq, subscription_id, body FROM stream_entry WHERE tenant_id = :tenantId "
				+ "AND seq > :after AND (CAST(:subscriptionId AS uuid) IS NULL OR subscription_id = :subscriptionId) "
				+ "ORDER BY seq LIMIT :limit")
			.param("tenantId", tenantId)
			.param("after", afterSeq)
			.param("subscriptionId", subscriptionId, Types.OTHER)
			.param("limit", limit)
			.query((rs, row) -> new StreamEntry(rs.getLong("seq"), rs.getObject("subscription_id", UUID.class),
					rs.getString("body")))
			.list();
	}

	int deleteOlderThan(Instant cutoff) {
		return this.jdbc.sql("DELETE FROM stream_entry WHERE created_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

}
