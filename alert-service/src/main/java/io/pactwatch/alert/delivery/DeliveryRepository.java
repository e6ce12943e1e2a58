package io.pactwatch.alert.delivery;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.pactwatch.alert.subscription.ChannelType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery outbox in PostgreSQL: tables {@code milestone_event}, {@code delivery} and
 * {@code delivery_attempt}. Blocking; callers hold the transactions.
 */
@Repository
public class DeliveryRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	DeliveryRepository(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** A successful attempt to record. */
	record Delivered(long id, UUID leaseToken, Attempt attempt, Instant completedAt) {
	}

	/**
	 * The current transaction commits without waiting for the write-ahead log to reach the
	 * disk: for records whose loss in a crash costs a resend, never a loss.
	 */
	void commitAsynchronously() {
		this.jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
	}

	/**
	 * Records successful attempts in two batch statements, those whose lease the caller still
	 * holds. @return how many were not recorded (lease lost, or deleted)
	 */
	int recordDelivered(List<Delivered> delivered) {
		if (delivered.isEmpty()) {
			return 0;
		}
		int[] updated = this.batches.batchUpdate("UPDATE delivery SET status = 'DELIVERED', attempts = ?, "
				+ "lease_token = NULL, lease_until = NULL, completed_at = ? WHERE id = ? AND lease_token = ?",
				delivered.stream()
					.map((d) -> new Object[] { d.attempt().number(), Timestamp.from(d.completedAt()), d.id(), d.leaseToken() })
					.toList());
		List<Object[]> attempts = new ArrayList<>();
		for (int i = 0; i < delivered.size(); i++) {
			if (updated[i] != 0) {
				Delivered d = delivered.get(i);
				attempts.add(new Object[] { d.id(), d.attempt().number(), Timestamp.from(d.attempt().attemptedAt()),
						d.attempt().statusCode(), d.attempt().latencyMs() });
			}
		}
		if (!attempts.isEmpty()) {
			this.batches.batchUpdate("INSERT INTO delivery_attempt (delivery_id, number, attempted_at, status_code, "
					+ "latency_ms) VALUES (?, ?, ?, ?, ?)", attempts,
					new int[] { Types.BIGINT, Types.INTEGER, Types.TIMESTAMP, Types.INTEGER, Types.BIGINT });
		}
		return delivered.size() - attempts.size();
	}

	/** Channels that answered: none of them is failing (any more). */
	void channelsSucceeded(java.util.Collection<UUID> channelIds) {
		if (!channelIds.isEmpty()) {
			this.jdbc.sql("UPDATE channel SET failing_since = NULL WHERE failing_since IS NOT NULL AND id = ANY(:ids)")
				.param("ids", channelIds.toArray(UUID[]::new))
				.update();
		}
	}

	/** A delivery to insert: one (channel, event). */
	record NewDelivery(UUID subscriptionId, UUID channelId, String webhookId, DeliveryStatus status) {
	}

	/**
	 * A delivery reserved to this worker until its lease ends, with what it takes to send it.
	 *
	 * @param attempts attempts made so far
	 * @param retryBase attempts made before its last replay: the retry schedule counts from there
	 * @param secrets the webhook's signing secrets (current, and previous during an overlap)
	 */
	public record ClaimedDelivery(long id, UUID subscriptionId, String subscriptionName, UUID channelId,
			ChannelType channelType, String eventId, String webhookId, int attempts, int retryBase, URI url,
			List<String> secrets, String emailAddress, String body) {
	}

	/** One attempt as the delivery log shows it. */
	public record Attempt(int number, Instant attemptedAt, Integer statusCode, long latencyMs, String error) {
	}

	/** One delivery as the delivery log shows it, newest first. */
	public record LoggedDelivery(long id, UUID channelId, ChannelType channelType, String eventId, String agreementId,
			String webhookId, DeliveryStatus status, Instant createdAt, Instant nextAttemptAt, Instant completedAt,
			List<Attempt> attempts) {
	}

	/**
	 * Stores the event body once and the new deliveries; rows that exist already (a
	 * redelivered record) are left alone.
	 * @return the channels whose delivery is new
	 */
	List<UUID> insert(String eventId, String agreementId, String body, List<NewDelivery> deliveries,
			Instant firstAttemptAt, Instant now) {
		this.jdbc.sql("INSERT INTO milestone_event (event_id, agreement_id, body, received_at) "
				+ "VALUES (:eventId, :agreementId, :body, :now) ON CONFLICT (event_id) DO NOTHING")
			.param("eventId", eventId)
			.param("agreementId", agreementId)
			.param("body", body)
			.param("now", Timestamp.from(now))
			.update();
		List<UUID> created = new ArrayList<>();
		if (deliveries.isEmpty()) {
			return created;
		}
		Timestamp first = Timestamp.from(firstAttemptAt);
		Timestamp at = Timestamp.from(now);
		int[] inserted = this.batches.batchUpdate("INSERT INTO delivery (subscription_id, channel_id, event_id, agreement_id, "
				+ "webhook_id, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?) "
				+ "ON CONFLICT ON CONSTRAINT delivery_once DO NOTHING",
				deliveries.stream()
					.map((d) -> new Object[] { d.subscriptionId(), d.channelId(), eventId, agreementId, d.webhookId(),
							d.status().name(), first, at })
					.toList());
		for (int i = 0; i < inserted.length; i++) {
			if (inserted[i] != 0) {
				created.add(deliveries.get(i).channelId());
			}
		}
		return created;
	}

	/**
	 * Reserves up to {@code limit} due deliveries to the caller until {@code leaseUntil}:
	 * PENDING, due, not leased to another worker, of an enabled channel of an active
	 * subscription, and the oldest pending one of their (channel, agreement), so that one
	 * agreement's events reach a channel in order. Rows that another worker is claiming at the
	 * same moment are skipped, not waited for.
	 */
	List<ClaimedDelivery> claimDue(Instant now, Instant leaseUntil, UUID leaseToken, int limit) {
		// candidates straight from the delivery_due index, in order, stopping at the limit; only then
		// the checks. The planner is told so for this transaction: right after a burst its statistics
		// of the table are stale, and a bitmap scan and sort of every due row would cost 100x more
		this.jdbc.sql("SET LOCAL enable_bitmapscan TO off").update();
		this.jdbc.sql("SET LOCAL enable_sort TO off").update();
		return this.jdbc.sql("""
				WITH candidates AS MATERIALIZED (
				    SELECT d.id, d.channel_id, d.subscription_id, d.agreement_id, d.next_attempt_at FROM delivery d
				    WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now
				      AND (d.lease_until IS NULL OR d.lease_until <= :now)
				    ORDER BY d.next_attempt_at, d.id
				    LIMIT :scan),
				due AS (
				    SELECT d.id FROM candidates k JOIN delivery d ON d.id = k.id
				    -- again here, where FOR UPDATE re-checks them on the row's latest version: a row
				    -- that another instance leased since this statement began is skipped
				    WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now
				      AND (d.lease_until IS NULL OR d.lease_until <= :now)
				      AND EXISTS (SELECT 1 FROM channel c WHERE c.id = k.channel_id AND c.status = 'ENABLED')
				      AND EXISTS (SELECT 1 FROM subscription s WHERE s.id = k.subscription_id AND s.status = 'ACTIVE')
				      AND NOT EXISTS (SELECT 1 FROM delivery e
				                      WHERE e.channel_id = k.channel_id AND e.agreement_id = k.agreement_id
				                        AND e.status = 'PENDING' AND e.id < k.id)
				    ORDER BY k.next_attempt_at, k.id
				    LIMIT :limit
				    FOR UPDATE OF d SKIP LOCKED)
				UPDATE delivery d SET lease_token = :leaseToken, lease_until = :leaseUntil
				FROM due, channel c, subscription s, milestone_event m
				WHERE d.id = due.id AND c.id = d.channel_id AND s.id = d.subscription_id AND m.event_id = d.event_id
				RETURNING d.id, d.subscription_id, s.name, d.channel_id, c.type, d.event_id, d.webhook_id, d.attempts,
				          d.retry_base, c.webhook_url, c.webhook_secret, c.previous_secret, c.previous_secret_expires_at,
				          c.email_address, m.body
				""")
			.param("scan", limit * 10)
			.param("now", Timestamp.from(now))
			.param("leaseUntil", Timestamp.from(leaseUntil))
			.param("leaseToken", leaseToken)
			.param("limit", limit)
			.query((rs, row) -> claimed(rs, now))
			.list();
	}

	private static ClaimedDelivery claimed(ResultSet rs, Instant now) throws SQLException {
		String url = rs.getString("webhook_url");
		List<String> secrets = new ArrayList<>();
		if (rs.getString("webhook_secret") != null) {
			secrets.add(rs.getString("webhook_secret"));
		}
		Instant previousExpires = instant(rs, "previous_secret_expires_at");
		if (rs.getString("previous_secret") != null && previousExpires != null && previousExpires.isAfter(now)) {
			secrets.add(rs.getString("previous_secret"));
		}
		return new ClaimedDelivery(rs.getLong("id"), rs.getObject("subscription_id", UUID.class), rs.getString("name"),
				rs.getObject("channel_id", UUID.class), ChannelType.valueOf(rs.getString("type")),
				rs.getString("event_id"), rs.getString("webhook_id"), rs.getInt("attempts"), rs.getInt("retry_base"),
				(url != null) ? URI.create(url) : null, List.copyOf(secrets), rs.getString("email_address"),
				rs.getString("body"));
	}

	/**
	 * Records an attempt and the delivery's new state, if the caller still holds the lease.
	 * @return false if the lease was lost (expired and taken over) or the delivery deleted
	 */
	boolean recordAttempt(long id, UUID leaseToken, Attempt attempt, DeliveryStatus status, Instant nextAttemptAt) {
		boolean completed = status == DeliveryStatus.DELIVERED || status == DeliveryStatus.FAILED;
		int updated = this.jdbc.sql("UPDATE delivery SET status = :status, attempts = :attempts, "
				+ "next_attempt_at = :nextAttemptAt, lease_token = NULL, lease_until = NULL, "
				+ "completed_at = " + (completed ? ":completedAt" : "NULL") + " WHERE id = :id AND lease_token = :leaseToken")
			.param("status", status.name())
			.param("attempts", attempt.number())
			.param("nextAttemptAt", Timestamp.from(nextAttemptAt))
			.param("completedAt", Timestamp.from(nextAttemptAt))
			.param("id", id)
			.param("leaseToken", leaseToken)
			.update();
		if (updated == 0) {
			return false;
		}
		this.jdbc.sql("INSERT INTO delivery_attempt (delivery_id, number, attempted_at, status_code, latency_ms, error) "
				+ "VALUES (:id, :number, :attemptedAt, :statusCode, :latencyMs, :error)")
			.param("id", id)
			.param("number", attempt.number())
			.param("attemptedAt", Timestamp.from(attempt.attemptedAt()))
			.param("statusCode", attempt.statusCode(), Types.INTEGER)
			.param("latencyMs", attempt.latencyMs())
			.param("error", attempt.error(), Types.VARCHAR)
			.update();
		return true;
	}

	/** A channel's attempt failed. @return since when it has been failing */
	Instant channelFailed(UUID channelId, Instant at) {
		return this.jdbc.sql("UPDATE channel SET failing_since = coalesce(failing_since, :at) WHERE id = :id "
				+ "RETURNING failing_since")
			.param("at", Timestamp.from(at))
			.param("id", channelId)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional()
			.orElse(at);
	}

	/** The newest deliveries of a subscription with all their attempts; optionally of one channel or status. */
	List<LoggedDelivery> findBySubscription(UUID subscriptionId, UUID channelId, DeliveryStatus status, int limit) {
		List<LoggedDelivery> deliveries = this.jdbc.sql("SELECT d.id, d.channel_id, c.type, d.event_id, d.agreement_id, "
				+ "d.webhook_id, d.status, d.created_at, d.next_attempt_at, d.completed_at FROM delivery d "
				+ "JOIN channel c ON c.id = d.channel_id WHERE d.subscription_id = :subscriptionId "
				+ "AND (CAST(:channelId AS uuid) IS NULL OR d.channel_id = :channelId) "
				+ "AND (CAST(:status AS varchar) IS NULL OR d.status = :status) ORDER BY d.id DESC LIMIT :limit")
			.param("subscriptionId", subscriptionId)
			.param("channelId", channelId, Types.OTHER)
			.param("status", (status != null) ? status.name() : null, Types.VARCHAR)
			.param("limit", limit)
			.query(DeliveryRepository::delivery)
			.list();
		return withAttempts(deliveries);
	}

	Optional<LoggedDelivery> findById(UUID subscriptionId, long id) {
		return withAttempts(this.jdbc.sql("SELECT d.id, d.channel_id, c.type, d.event_id, d.agreement_id, d.webhook_id, "
				+ "d.status, d.created_at, d.next_attempt_at, d.completed_at FROM delivery d "
				+ "JOIN channel c ON c.id = d.channel_id WHERE d.subscription_id = :subscriptionId AND d.id = :id")
			.param("subscriptionId", subscriptionId)
			.param("id", id)
			.query(DeliveryRepository::delivery)
			.list()).stream().findFirst();
	}

	/**
	 * Sends a finished webhook delivery again, with the whole retry schedule and the same
	 * webhook-id. @return false if it is not DELIVERED or FAILED
	 */
	boolean replay(long id, Instant now) {
		return this.jdbc.sql("UPDATE delivery SET status = 'PENDING', next_attempt_at = :now, retry_base = attempts, "
				+ "completed_at = NULL, lease_token = NULL, lease_until = NULL WHERE id = :id "
				+ "AND status IN ('DELIVERED', 'FAILED')")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() > 0;
	}

	/**
	 * Replays every finished delivery of the subscription's enabled webhook channels (or of
	 * one) created at or after {@code since}. @return how many
	 */
	int replaySince(UUID subscriptionId, UUID channelId, Instant since, Instant now) {
		return this.jdbc.sql("UPDATE delivery d SET status = 'PENDING', next_attempt_at = :now, retry_base = d.attempts, "
				+ "completed_at = NULL, lease_token = NULL, lease_until = NULL FROM channel c "
				+ "WHERE d.subscription_id = :subscriptionId AND c.id = d.channel_id AND c.type = 'WEBHOOK' "
				+ "AND c.status = 'ENABLED' AND (CAST(:channelId AS uuid) IS NULL OR d.channel_id = :channelId) "
				+ "AND d.created_at >= :since AND d.status IN ('DELIVERED', 'FAILED')")
			.param("now", Timestamp.from(now))
			.param("subscriptionId", subscriptionId)
			.param("channelId", channelId, Types.OTHER)
			.param("since", Timestamp.from(since))
			.update();
	}

	private List<LoggedDelivery> withAttempts(List<LoggedDelivery> deliveries) {
		if (deliveries.isEmpty()) {
			return deliveries;
		}
		Map<Long, List<Attempt>> attempts = this.jdbc.sql("SELECT delivery_id, number, attempted_at, status_code, "
				+ "latency_ms, error FROM delivery_attempt WHERE delivery_id IN (:ids) ORDER BY delivery_id, number")
			.param("ids", deliveries.stream().map(LoggedDelivery::id).toList())
			.query((rs, row) -> Map.entry(rs.getLong("delivery_id"), attempt(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return deliveries.stream()
			.map((d) -> new LoggedDelivery(d.id(), d.channelId(), d.channelType(), d.eventId(), d.agreementId(),
					d.webhookId(), d.status(), d.createdAt(), d.nextAttemptAt(), d.completedAt(),
					attempts.getOrDefault(d.id(), List.of())))
			.toList();
	}

	private static LoggedDelivery delivery(ResultSet rs, int row) throws SQLException {
		DeliveryStatus status = DeliveryStatus.valueOf(rs.getString("status"));
		return new LoggedDelivery(rs.getLong("id"), rs.getObject("channel_id", UUID.class),
				ChannelType.valueOf(rs.getString("type")), rs.getString("event_id"), rs.getString("agreement_id"),
				rs.getString("webhook_id"), status, instant(rs, "created_at"),
				(status == DeliveryStatus.PENDING) ? instant(rs, "next_attempt_at") : null, instant(rs, "completed_at"),
				List.of());
	}

	private static Attempt attempt(ResultSet rs) throws SQLException {
		int statusCode = rs.getInt("status_code");
		Integer code = rs.wasNull() ? null : statusCode;
		return new Attempt(rs.getInt("number"), instant(rs, "attempted_at"), code, rs.getLong("latency_ms"),
				rs.getString("error"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
