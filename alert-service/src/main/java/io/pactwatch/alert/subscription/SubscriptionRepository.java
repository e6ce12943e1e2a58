package io.pactwatch.alert.subscription;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.pactwatch.schemas.Domain;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Subscriptions and their channels in PostgreSQL (tables {@code subscription}, {@code channel}).
 * Every query of the API is scoped to a tenant. Pausing a subscription or disabling a channel
 * holds its pending deliveries ({@code HELD}); resuming and enabling release them. Blocking:
 * call off the event loop, in a transaction where several statements go together.
 */
@Repository
public class SubscriptionRepository {

	private static final String COLUMNS = "s.id, s.tenant_id, s.name, s.status, s.filter_parties, s.filter_parties_match, "
			+ "s.filter_milestones, s.filter_statuses, s.filter_domains, s.filter_min_confidence, s.filter_keywords, "
			+ "s.created_at, s.updated_at";

	private static final String CHANNEL_COLUMNS = "c.id, c.subscription_id, c.type, c.status, c.webhook_url, "
			+ "c.webhook_secret, c.previous_secret, c.previous_secret_expires_at, c.failing_since, c.disabled_at, "
			+ "c.disabled_reason, c.email_address, c.email_digest, c.confirmed_at, c.created_at";

	private final JdbcClient jdbc;

	SubscriptionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Subscription subscription) {
		SubscriptionFilter filter = subscription.filter();
		this.jdbc.sql("INSERT INTO subscription (id, tenant_id, name, status, filter_parties, filter_parties_match, "
				+ "filter_milestones, filter_statuses, filter_domains, filter_min_confidence, filter_keywords, created_at, "
				+ "updated_at) VALUES (:id, :tenantId, :name, :status, :parties, :partiesMatch, :milestones, :statuses, "
				+ ":domains, :minConfidence, :keywords, :createdAt, :createdAt)")
			.param("id", subscription.id())
			.param("tenantId", subscription.tenantId())
			.param("name", subscription.name())
			.param("status", subscription.status().name())
			.param("parties", filter.parties().toArray(String[]::new))
			.param("partiesMatch", filter.partiesMatch().name())
			.param("milestones", names(filter.milestones()))
			.param("statuses", names(filter.statuses()))
			.param("domains", names(filter.domains()))
			.param("minConfidence", filter.minConfidence(), Types.DOUBLE)
			.param("keywords", filter.keywords().toArray(String[]::new))
			.param("createdAt", Timestamp.from(subscription.createdAt()))
			.update();
		int position = 0;
		for (Channel channel : subscription.channels()) {
			insertChannel(channel, position++);
		}
	}

	void insertChannel(Channel channel, int position) {
		this.jdbc.sql("INSERT INTO channel (id, subscription_id, type, status, position, webhook_url, webhook_secret, "
				+ "email_address, email_digest, confirmation_due_at, created_at) VALUES (:id, :subscriptionId, :type, "
				+ ":status, :position, :url, :secret, :address, :digest, :confirmationDueAt, :createdAt)")
			.param("id", channel.id())
			.param("subscriptionId", channel.subscriptionId())
			.param("type", channel.type().name())
			.param("status", channel.status().name())
			.param("position", position)
			.param("url", (channel.webhookUrl() != null) ? channel.webhookUrl().toString() : null, Types.VARCHAR)
			.param("secret", channel.webhookSecret(), Types.VARCHAR)
			.param("address", channel.emailAddress(), Types.VARCHAR)
			.param("digest", channel.emailDigest())
			.param("confirmationDueAt",
					(channel.status() == ChannelStatus.UNCONFIRMED) ? Timestamp.from(channel.createdAt()) : null,
					Types.TIMESTAMP)
			.param("createdAt", Timestamp.from(channel.createdAt()))
			.update();
	}

	/** The next free position of a channel in its subscription. */
	int nextPosition(UUID subscriptionId) {
		return this.jdbc.sql("SELECT coalesce(max(position) + 1, 0) FROM channel WHERE subscription_id = :id")
			.param("id", subscriptionId)
			.query(Integer.class)
			.single();
	}

	/** A tenant's subscriptions, oldest first. */
	List<Subscription> findAll(UUID tenantId) {
		return withChannels(this.jdbc.sql("SELECT " + COLUMNS + " FROM subscription s WHERE s.tenant_id = :tenantId "
				+ "ORDER BY s.created_at, s.id").param("tenantId", tenantId).query(SubscriptionRepository::map).list());
	}

	Optional<Subscription> findById(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM subscription s WHERE s.id = :id AND s.tenant_id = :tenantId")
			.param("id", id)
			.param("tenantId", tenantId)
			.query(SubscriptionRepository::map)
			.optional()
			.map((subscription) -> withChannels(List.of(subscription)).get(0));
	}

	/** Locks the subscription row for the rest of the transaction; false if the tenant has none such. */
	boolean lock(UUID tenantId, UUID id) {
		return !this.jdbc.sql("SELECT id FROM subscription WHERE id = :id AND tenant_id = :tenantId FOR UPDATE")
			.param("id", id)
			.param("tenantId", tenantId)
			.query(UUID.class)
			.list()
			.isEmpty();
	}

	/**
	 * Every active subscription, with the channels that take new events: enabled ones, and
	 * disabled webhooks (their deliveries are held until the webhook is enabled again).
	 */
	public List<Subscription> findActive() {
		List<Subscription> subscriptions = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM subscription s WHERE s.status = 'ACTIVE' ORDER BY s.created_at, s.id")
			.query(SubscriptionRepository::map)
			.list();
		return withChannels(subscriptions).stream()
			.map((s) -> s.withChannels(s.channels()
				.stream()
				.filter((c) -> c.status() == ChannelStatus.ENABLED
						|| (c.isWebhook() && c.status() == ChannelStatus.DISABLED))
				.toList()))
			.filter((s) -> !s.channels().isEmpty())
			.toList();
	}

	/** @return false if the tenant has no such subscription */
	boolean update(UUID tenantId, UUID id, String name, SubscriptionFilter filter, Instant now) {
		return this.jdbc.sql("UPDATE subscription SET name = coalesce(:name, name), "
				+ "filter_parties = coalesce(:parties, filter_parties), "
				+ "filter_parties_match = coalesce(:partiesMatch, filter_parties_match), "
				+ "filter_milestones = coalesce(:milestones, filter_milestones), "
				+ "filter_statuses = coalesce(:statuses, filter_statuses), "
				+ "filter_domains = coalesce(:domains, filter_domains), "
				+ "filter_min_confidence = CASE WHEN :hasFilter THEN :minConfidence ELSE filter_min_confidence END, "
				+ "filter_keywords = coalesce(:keywords, filter_keywords), updated_at = :now "
				+ "WHERE id = :id AND tenant_id = :tenantId")
			.param("name", name, Types.VARCHAR)
			.param("parties", (filter != null) ? filter.parties().toArray(String[]::new) : null, Types.ARRAY)
			.param("partiesMatch", (filter != null) ? filter.partiesMatch().name() : null, Types.VARCHAR)
			.param("milestones", (filter != null) ? names(filter.milestones()) : null, Types.ARRAY)
			.param("statuses", (filter != null) ? names(filter.statuses()) : null, Types.ARRAY)
			.param("domains", (filter != null) ? names(filter.domains()) : null, Types.ARRAY)
			.param("hasFilter", filter != null)
			.param("minConfidence", (filter != null) ? filter.minConfidence() : null, Types.DOUBLE)
			.param("keywords", (filter != null) ? filter.keywords().toArray(String[]::new) : null, Types.ARRAY)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("tenantId", tenantId)
			.update() > 0;
	}

	/**
	 * Pauses or resumes; pausing holds the pending deliveries, resuming releases those of
	 * enabled channels to go out now. Idempotent.
	 * @return false if the tenant has no such subscription
	 */
	boolean setStatus(UUID tenantId, UUID id, SubscriptionStatus status, Instant now) {
		int updated = this.jdbc.sql("UPDATE subscription SET status = :status, updated_at = CASE WHEN status = :status "
				+ "THEN updated_at ELSE :now END WHERE id = :id AND tenant_id = :tenantId")
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("tenantId", tenantId)
			.update();
		if (updated == 0) {
			return false;
		}
		if (status == SubscriptionStatus.PAUSED) {
			this.jdbc.sql("UPDATE delivery SET status = 'HELD', lease_token = NULL, lease_until = NULL "
					+ "WHERE subscription_id = :id AND status = 'PENDING'").param("id", id).update();
		}
		else {
			this.jdbc.sql("UPDATE delivery d SET status = 'PENDING', next_attempt_at = :now FROM channel c "
					+ "WHERE d.subscription_id = :id AND d.status = 'HELD' AND c.id = d.channel_id AND c.status = 'ENABLED'")
				.param("now", Timestamp.from(now))
				.param("id", id)
				.update();
		}
		return true;
	}

	/** Deletes the subscription with its channels, deliveries and their log; false if there was none. */
	boolean delete(UUID tenantId, UUID id) {
		return this.jdbc.sql("DELETE FROM subscription WHERE id = :id AND tenant_id = :tenantId")
			.param("id", id)
			.param("tenantId", tenantId)
			.update() > 0;
	}

	boolean deleteChannel(UUID subscriptionId, UUID channelId) {
		return this.jdbc.sql("DELETE FROM channel WHERE id = :id AND subscription_id = :subscriptionId")
			.param("id", channelId)
			.param("subscriptionId", subscriptionId)
			.update() > 0;
	}

	/**
	 * Disables a webhook and holds its pending deliveries. Idempotent: a channel disabled
	 * already keeps its first reason.
	 */
	public void disableChannel(UUID channelId, String reason, Instant now) {
		this.jdbc.sql("UPDATE channel SET status = 'DISABLED', disabled_at = :now, disabled_reason = :reason "
				+ "WHERE id = :id AND status = 'ENABLED'")
			.param("now", Timestamp.from(now))
			.param("reason", reason)
			.param("id", channelId)
			.update();
		this.jdbc.sql("UPDATE delivery SET status = 'HELD', lease_token = NULL, lease_until = NULL "
				+ "WHERE channel_id = :id AND status = 'PENDING'").param("id", channelId).update();
	}

	/**
	 * Enables a disabled webhook, forgets its failures, and releases its held deliveries
	 * (unless the subscription is paused). Idempotent.
	 */
	void enableChannel(UUID channelId, Instant now) {
		this.jdbc.sql("UPDATE channel SET status = 'ENABLED', disabled_at = NULL, disabled_reason = NULL, "
				+ "failing_since = NULL WHERE id = :id AND status = 'DISABLED'").param("id", channelId).update();
		this.jdbc.sql("UPDATE delivery d SET status = 'PENDING', next_attempt_at = :now FROM subscription s "
				+ "WHERE d.channel_id = :id AND d.status = 'HELD' AND s.id = d.subscription_id AND s.status = 'ACTIVE'")
			.param("now", Timestamp.from(now))
			.param("id", channelId)
			.update();
	}

	/** A new secret; the current one keeps signing until {@code previousExpiresAt} (if after now). */
	void rotateSecret(UUID channelId, String secret, Instant previousExpiresAt) {
		this.jdbc.sql("UPDATE channel SET previous_secret = webhook_secret, previous_secret_expires_at = :expiresAt, "
				+ "webhook_secret = :secret WHERE id = :id")
			.param("expiresAt", Timestamp.from(previousExpiresAt))
			.param("secret", secret)
			.param("id", channelId)
			.update();
	}

	private List<Subscription> withChannels(List<Subscription> subscriptions) {
		if (subscriptions.isEmpty()) {
			return subscriptions;
		}
		Map<UUID, List<Channel>> channels = channels(subscriptions.stream().map(Subscription::id).toList());
		return subscriptions.stream().map((s) -> s.withChannels(channels.getOrDefault(s.id(), List.of()))).toList();
	}

	private Map<UUID, List<Channel>> channels(Collection<UUID> subscriptionIds) {
		return this.jdbc.sql("SELECT " + CHANNEL_COLUMNS + " FROM channel c WHERE c.subscription_id IN (:ids) "
				+ "ORDER BY c.subscription_id, c.position")
			.param("ids", subscriptionIds)
			.query(SubscriptionRepository::channel)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Channel::subscriptionId, LinkedHashMap::new, Collectors.toList()));
	}

	private static Subscription map(ResultSet rs, int row) throws SQLException {
		double minConfidence = rs.getDouble("filter_min_confidence");
		Double min = rs.wasNull() ? null : minConfidence;
		SubscriptionFilter filter = new SubscriptionFilter(strings(rs.getArray("filter_parties")),
				PartiesMatch.valueOf(rs.getString("filter_parties_match")),
				strings(rs.getArray("filter_milestones")).stream().map(Milestone::valueOf).toList(),
				strings(rs.getArray("filter_statuses")).stream().map(MilestoneStatus::valueOf).toList(),
				strings(rs.getArray("filter_domains")).stream().map(Domain::valueOf).toList(), min,
				strings(rs.getArray("filter_keywords")));
		return new Subscription(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				rs.getString("name"), SubscriptionStatus.valueOf(rs.getString("status")), filter, List.of(),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private static Channel channel(ResultSet rs, int row) throws SQLException {
		String url = rs.getString("webhook_url");
		return new Channel(rs.getObject("id", UUID.class), rs.getObject("subscription_id", UUID.class),
				ChannelType.valueOf(rs.getString("type")), ChannelStatus.valueOf(rs.getString("status")),
				(url != null) ? URI.create(url) : null, rs.getString("webhook_secret"), rs.getString("previous_secret"),
				instant(rs, "previous_secret_expires_at"), instant(rs, "failing_since"), instant(rs, "disabled_at"),
				rs.getString("disabled_reason"), rs.getString("email_address"), rs.getBoolean("email_digest"),
				instant(rs, "confirmed_at"), rs.getTimestamp("created_at").toInstant());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String[] names(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toArray(String[]::new);
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
