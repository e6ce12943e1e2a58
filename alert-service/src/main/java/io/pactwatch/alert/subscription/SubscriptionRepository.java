package io.pactwatch.alert.subscription;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscriptions in PostgreSQL (table {@code subscription}). Blocking: call off the event loop. */
@Repository
public class SubscriptionRepository {

	private static final String COLUMNS = "id, name, webhook_url, webhook_secret, filter_parties, filter_milestones, "
			+ "filter_statuses, created_at";

	private final JdbcClient jdbc;

	SubscriptionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Subscription subscription) {
		SubscriptionFilter filter = subscription.filter();
		this.jdbc.sql("INSERT INTO subscription (" + COLUMNS + ") VALUES (:id, :name, :url, :secret, "
				+ ":parties, :milestones, :statuses, :createdAt)")
			.param("id", subscription.id())
			.param("name", subscription.name())
			.param("url", subscription.webhookUrl().toString())
			.param("secret", subscription.webhookSecret())
			.param("parties", filter.parties().toArray(String[]::new))
			.param("milestones", filter.milestones().stream().map(Enum::name).toArray(String[]::new))
			.param("statuses", filter.statuses().stream().map(Enum::name).toArray(String[]::new))
			.param("createdAt", Timestamp.from(subscription.createdAt()))
			.update();
	}

	/** Every subscription, oldest first. */
	public List<Subscription> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM subscription ORDER BY created_at, id")
			.query(SubscriptionRepository::map)
			.list();
	}

	public Optional<Subscription> findById(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM subscription WHERE id = :id")
			.param("id", id)
			.query(SubscriptionRepository::map)
			.optional();
	}

	public boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM subscription WHERE id = :id").param("id", id).query(Long.class).single() > 0;
	}

	/** Deletes the subscription with its deliveries and their log; false if there was none. */
	boolean delete(UUID id) {
		return this.jdbc.sql("DELETE FROM subscription WHERE id = :id").param("id", id).update() > 0;
	}

	private static Subscription map(ResultSet rs, int row) throws SQLException {
		SubscriptionFilter filter = new SubscriptionFilter(strings(rs.getArray("filter_parties")),
				strings(rs.getArray("filter_milestones")).stream().map(Milestone::valueOf).toList(),
				strings(rs.getArray("filter_statuses")).stream().map(MilestoneStatus::valueOf).toList());
		return new Subscription(rs.getObject("id", UUID.class), rs.getString("name"),
				URI.create(rs.getString("webhook_url")), rs.getString("webhook_secret"), filter,
				rs.getTimestamp("created_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		try {
			return Arrays.asList((String[]) array.getArray());
		}
		finally {
			array.free();
		}
	}

}
