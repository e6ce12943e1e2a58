package io.pactwatch.alert.email;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Email channels' confirmation and unsubscribe state, and digests, in PostgreSQL. Blocking. */
@Repository
class EmailRepository {

	private final JdbcClient jdbc;

	EmailRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An email channel as the mails and pages need it. */
	record EmailChannel(UUID id, String address, String status, boolean digest, String subscriptionName) {
	}

	/** A digest reserved to this instance until its lease ends. */
	record ClaimedDigest(long id, UUID channelId, int attempts) {
	}

	/** The value of a service key, created on first use; the same for every instance. */
	String serviceKey(String name, String generated, Instant now) {
		this.jdbc.sql("INSERT INTO service_key (name, value, created_at) VALUES (:name, :value, :now) "
				+ "ON CONFLICT (name) DO NOTHING")
			.param("name", name)
			.param("value", generated)
			.param("now", Timestamp.from(now))
			.update();
		return this.jdbc.sql("SELECT value FROM service_key WHERE name = :name").param("name", name).query(String.class).single();
	}

	Optional<EmailChannel> find(UUID channelId) {
		return this.jdbc.sql("SELECT c.id, c.email_address, c.status, c.email_digest, s.name FROM channel c "
				+ "JOIN subscription s ON s.id = c.subscription_id WHERE c.id = :id AND c.type = 'EMAIL'")
			.param("id", channelId)
			.query((rs, row) -> new EmailChannel(rs.getObject("id", UUID.class), rs.getString("email_address"),
					rs.getString("status"), rs.getBoolean("email_digest"), rs.getString("name")))
			.optional();
	}

	/** Unconfirmed addresses whose confirmation mail is due, reserved until {@code leaseUntil}. */
	List<EmailChannel> claimConfirmations(Instant now, Instant leaseUntil, int limit) {
		List<UUID> ids = this.jdbc.sql("UPDATE channel SET confirmation_due_at = :leaseUntil WHERE id IN ("
				+ "SELECT id FROM channel WHERE type = 'EMAIL' AND status = 'UNCONFIRMED' AND confirmation_due_at <= :now "
				+ "ORDER BY confirmation_due_at LIMIT :limit FOR UPDATE SKIP LOCKED) RETURNING id")
			.param("leaseUntil", Timestamp.from(leaseUntil))
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
		return ids.stream().map(this::find).flatMap(Optional::stream).toList();
	}

	void confirmationSent(UUID channelId, Instant now) {
		this.jdbc.sql("UPDATE channel SET confirmation_sent_at = :now, confirmation_due_at = NULL "
				+ "WHERE id = :id AND status = 'UNCONFIRMED'")
			.param("now", Timestamp.from(now))
			.param("id", channelId)
			.update();
	}

	/** Asks for another confirmation mail now. @return false if the channel is not unconfirmed */
	boolean requestConfirmation(UUID channelId, Instant now) {
		return this.jdbc.sql("UPDATE channel SET confirmation_due_at = :now WHERE id = :id AND status = 'UNCONFIRMED'")
			.param("now", Timestamp.from(now))
			.param("id", channelId)
			.update() > 0;
	}

	/** Confirms an unconfirmed address (idempotent; an unsubscribed one stays unsubscribed). */
	void confirm(UUID channelId, Instant now) {
		this.jdbc.sql("UPDATE channel SET status = 'ENABLED', confirmed_at = :now, confirmation_due_at = NULL "
				+ "WHERE id = :id AND status = 'UNCONFIRMED'")
			.param("now", Timestamp.from(now))
			.param("id", channelId)
			.update();
	}

	/** Unsubscribes (idempotent): nothing more goes to the address, what waited is cancelled. */
	void unsubscribe(UUID channelId, Instant now) {
		this.jdbc.sql("UPDATE channel SET status = 'UNSUBSCRIBED', unsubscribed_at = coalesce(unsubscribed_at, :now), "
				+ "confirmation_due_at = NULL WHERE id = :id AND type = 'EMAIL'")
			.param("now", Timestamp.from(now))
			.param("id", channelId)
			.update();
		this.jdbc.sql("UPDATE delivery SET status = 'CANCELLED', completed_at = :now, lease_token = NULL, lease_until = NULL "
				+ "WHERE channel_id = :id AND status IN ('PENDING', 'QUEUED', 'HELD')")
			.param("now", Timestamp.from(now))
			.param("id", channelId)
			.update();
		this.jdbc.sql("UPDATE digest SET status = 'CANCELLED', completed_at = :now, lease_token = NULL "
				+ "WHERE channel_id = :id AND status = 'PENDING'")
			.param("now", Timestamp.from(now))
			.param("id", channelId)
			.update();
	}

	/** Email channels with queued deliveries created up to {@code periodEnd} and in no digest yet. */
	List<UUID> channelsWithQueued(Instant periodEnd) {
		return this.jdbc.sql("SELECT DISTINCT channel_id FROM delivery WHERE status = 'QUEUED' AND digest_id IS NULL "
				+ "AND created_at <= :periodEnd")
			.param("periodEnd", Timestamp.from(periodEnd))
			.query(UUID.class)
			.list();
	}

	/**
	 * The channel's digest of the period with its queued deliveries, unless the period has
	 * one already (another instance closed it). @return how many deliveries it holds
	 */
	int createDigest(UUID channelId, Instant periodEnd, Instant now) {
		Optional<Long> id = this.jdbc.sql("INSERT INTO digest (channel_id, period_end, status, next_attempt_at, created_at) "
				+ "VALUES (:channelId, :periodEnd, 'PENDING', :now, :now) ON CONFLICT ON CONSTRAINT digest_once DO NOTHING "
				+ "RETURNING id")
			.param("channelId", channelId)
			.param("periodEnd", Timestamp.from(periodEnd))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional();
		if (id.isEmpty()) {
			return 0;
		}
		int taken = this.jdbc.sql("UPDATE delivery SET digest_id = :digestId WHERE channel_id = :channelId "
				+ "AND status = 'QUEUED' AND digest_id IS NULL AND created_at <= :periodEnd")
			.param("digestId", id.get())
			.param("channelId", channelId)
			.param("periodEnd", Timestamp.from(periodEnd))
			.update();
		if (taken == 0) {
			this.jdbc.sql("DELETE FROM digest WHERE id = :id").param("id", id.get()).update();
		}
		return taken;
	}

	List<ClaimedDigest> claimDigests(Instant now, Instant leaseUntil, UUID leaseToken, int limit) {
		return this.jdbc.sql("UPDATE digest SET lease_token = :token, lease_until = :leaseUntil WHERE id IN ("
				+ "SELECT id FROM digest WHERE status = 'PENDING' AND next_attempt_at <= :now "
				+ "AND (lease_until IS NULL OR lease_until <= :now) ORDER BY next_attempt_at LIMIT :limit "
				+ "FOR UPDATE SKIP LOCKED) RETURNING id, channel_id, attempts")
			.param("token", leaseToken)
			.param("leaseUntil", Timestamp.from(leaseUntil))
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((rs, row) -> new ClaimedDigest(rs.getLong("id"), rs.getObject("channel_id", UUID.class),
					rs.getInt("attempts")))
			.list();
	}

	/** The CloudEvents bodies of a digest's deliveries, oldest first. */
	List<String> digestBodies(long digestId) {
		return this.jdbc.sql("SELECT m.body FROM delivery d JOIN milestone_event m ON m.event_id = d.event_id "
				+ "WHERE d.digest_id = :id AND d.status = 'QUEUED' ORDER BY d.id")
			.param("id", digestId)
			.query(String.class)
			.list();
	}

	/**
	 * Records a digest's attempt on it and on each of its deliveries (their delivery log).
	 * @return false if the lease was lost
	 */
	boolean recordDigest(long digestId, UUID leaseToken, String status, int attempt, Instant attemptedAt,
			long latencyMs, String error, Instant nextAttemptAt) {
		boolean done = !"PENDING".equals(status);
		int updated = this.jdbc.sql("UPDATE digest SET status = :status, attempts = :attempt, next_attempt_at = :next, "
				+ "lease_token = NULL, lease_until = NULL, completed_at = " + (done ? ":next" : "NULL")
				+ " WHERE id = :id AND lease_token = :token")
			.param("status", status)
			.param("attempt", attempt)
			.param("next", Timestamp.from(nextAttemptAt))
			.param("id", digestId)
			.param("token", leaseToken)
			.update();
		if (updated == 0) {
			return false;
		}
		this.jdbc.sql("INSERT INTO delivery_attempt (delivery_id, number, attempted_at, status_code, latency_ms, error) "
				+ "SELECT id, attempts + 1, :at, NULL, :latency, :error FROM delivery WHERE digest_id = :id AND status = 'QUEUED'")
			.param("at", Timestamp.from(attemptedAt))
			.param("latency", latencyMs)
			.param("error", error, java.sql.Types.VARCHAR)
			.param("id", digestId)
			.update();
		this.jdbc.sql("UPDATE delivery SET attempts = attempts + 1, status = CASE WHEN :done THEN CAST(:status AS varchar) ELSE status END, "
				+ "completed_at = CASE WHEN :done THEN CAST(:at AS timestamptz) ELSE NULL END WHERE digest_id = :id AND status = 'QUEUED'")
			.param("done", done)
			.param("status", status)
			.param("at", Timestamp.from(attemptedAt))
			.param("id", digestId)
			.update();
		return true;
	}

}
