package io.pactwatch.alert.delivery;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery outbox in PostgreSQL: tables {@code milestone_event}, {@code delivery} and
 * {@code delivery_attempt}. Blocking; callers hold the transactions.
 */
@Repository
class DeliveryRepository {

	private final JdbcClient jdbc;

	DeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A delivery to insert: one (subscription, event). */
	record NewDelivery(UUID subscriptionId, String webhookId) {
	}

	/** A delivery reserved to this worker until its lease ends. */
	record ClaimedDelivery(long id, UUID subscriptionId, String eventId, String webhookId, int attempts, URI url,
			String secret, String body) {
	}

	/** One attempt as the delivery log shows it. */
	record Attempt(int number, Instant attemptedAt, Integer statusCode, long latencyMs, String error) {
	}

	/** One delivery as the delivery log shows it, newest first. */
	record LoggedDelivery(long id, String eventId, String agreementId, String webhookId, DeliveryStatus status,
			Instant createdAt, Instant nextAttemptAt, Instant completedAt, List<Attempt> attempts) {
	}

	/**
	 * Stores the event body once and one PENDING delivery per subscription; rows that exist
	 * already (a redelivered record) are left alone.
	 * @return how many deliveries are new
	 */
	int insert(String eventId, String agreementId, String body, List<NewDelivery> deliveries, Instant firstAttemptAt,
			Instant now) {
		this.jdbc.sql("INSERT INTO milestone_event (event_id, agreement_id, body, received_at) "
				+ "VALUES (:eventId, :agreementId, :body, :now) ON CONFLICT (event_id) DO NOTHING")
			.param("eventId", eventId)
			.param("agreementId", agreementId)
			.param("body", body)
			.param("now", Timestamp.from(now))
			.update();
		int created = 0;
		for (NewDelivery delivery : deliveries) {
			created += this.jdbc.sql("INSERT INTO delivery (subscription_id, event_id, agreement_id, webhook_id, status, "
					+ "attempts, next_attempt_at, created_at) VALUES (:subscriptionId, :eventId, :agreementId, :webhookId, "
					+ "'PENDING', 0, :firstAttemptAt, :now) ON CONFLICT ON CONSTRAINT delivery_once DO NOTHING")
				.param("subscriptionId", delivery.subscriptionId())
				.param("eventId", eventId)
				.param("agreementId", agreementId)
				.param("webhookId", delivery.webhookId())
				.param("firstAttemptAt", Timestamp.from(firstAttemptAt))
				.param("now", Timestamp.from(now))
				.update();
		}
		return created;
	}

	/**
	 * Reserves up to {@code limit} due deliveries to the caller until {@code leaseUntil}:
	 * PENDING, due, not leased to another worker, and the oldest pending one of their
	 * (subscription, agreement), so that one agreement's events reach a subscriber in order.
	 * Rows that another worker is claiming at the same moment are skipped, not waited for.
	 */
	List<ClaimedDelivery> claimDue(Instant now, Instant leaseUntil, UUID leaseToken, int limit) {
		return this.jdbc.sql("""
				WITH due AS (
				    SELECT c.id FROM delivery c
				    WHERE c.status = 'PENDING' AND c.next_attempt_at <= :now
				      AND (c.lease_until IS NULL OR c.lease_until <= :now)
				      AND NOT EXISTS (SELECT 1 FROM delivery e
				                      WHERE e.subscription_id = c.subscription_id AND e.agreement_id = c.agreement_id
				                        AND e.status = 'PENDING' AND e.id < c.id)
				    ORDER BY c.next_attempt_at, c.id
				    LIMIT :limit
				    FOR UPDATE OF c SKIP LOCKED)
				UPDATE delivery d SET lease_token = :leaseToken, lease_until = :leaseUntil
				FROM due, subscription s, milestone_event m
				WHERE d.id = due.id AND s.id = d.subscription_id AND m.event_id = d.event_id
				RETURNING d.id, d.subscription_id, d.event_id, d.webhook_id, d.attempts, s.webhook_url, s.webhook_secret, m.body
				""")
			.param("now", Timestamp.from(now))
			.param("leaseUntil", Timestamp.from(leaseUntil))
			.param("leaseToken", leaseToken)
			.param("limit", limit)
			.query((rs, row) -> new ClaimedDelivery(rs.getLong("id"), rs.getObject("subscription_id", UUID.class),
					rs.getString("event_id"), rs.getString("webhook_id"), rs.getInt("attempts"),
					URI.create(rs.getString("webhook_url")), rs.getString("webhook_secret"), rs.getString("body")))
			.list();
	}

	/**
	 * Records an attempt and the delivery's new state, if the caller still holds the lease.
	 * @return false if the lease was lost (expired and taken over) or the delivery deleted
	 */
	boolean recordAttempt(long id, UUID leaseToken, Attempt attempt, DeliveryStatus status, Instant nextAttemptAt) {
		boolean completed = status != DeliveryStatus.PENDING;
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

	/** The newest deliveries of a subscription with all their attempts. */
	List<LoggedDelivery> findBySubscription(UUID subscriptionId, int limit) {
		List<LoggedDelivery> deliveries = this.jdbc.sql("SELECT id, event_id, agreement_id, webhook_id, status, "
				+ "created_at, next_attempt_at, completed_at FROM delivery WHERE subscription_id = :subscriptionId "
				+ "ORDER BY id DESC LIMIT :limit")
			.param("subscriptionId", subscriptionId)
			.param("limit", limit)
			.query(DeliveryRepository::delivery)
			.list();
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
			.map((d) -> new LoggedDelivery(d.id(), d.eventId(), d.agreementId(), d.webhookId(), d.status(),
					d.createdAt(), d.nextAttemptAt(), d.completedAt(), attempts.getOrDefault(d.id(), List.of())))
			.toList();
	}

	private static LoggedDelivery delivery(ResultSet rs, int row) throws SQLException {
		DeliveryStatus status = DeliveryStatus.valueOf(rs.getString("status"));
		return new LoggedDelivery(rs.getLong("id"), rs.getString("event_id"), rs.getString("agreement_id"),
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
