package io.pactwatch.alert.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import io.pactwatch.alert.AlertServiceApplication;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Whole alert-service instances started by a test, as separate application contexts: on the
 * run's embedded broker, a database and a topic of their own (so that the shared test context
 * neither consumes their events nor sends their deliveries), with the test settings of
 * {@link AlertServiceTest}.
 */
public final class AlertServiceInstances implements AutoCloseable {

	private final String database;

	private final String topic;

	private final List<ConfigurableApplicationContext> running = new ArrayList<>();

	public AlertServiceInstances(String name, int partitions) {
		this.database = name;
		this.topic = "agreement.milestones.v1." + name;
		try (Connection connection = EmbeddedPostgresInitializer.postgres().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, MilestoneEvents.brokers()))) {
			admin.createTopics(List.of(new NewTopic(this.topic, partitions, (short) 1))).all().get();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String topic() {
		return this.topic;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + EmbeddedPostgresInitializer.postgres().getPort() + "/" + this.database;
	}

	/** Starts one more instance with these settings on top of the test's; returns its context. */
	public ConfigurableApplicationContext start(Map<String, Object> overrides) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", 0);
		properties.put("spring.datasource.url", jdbcUrl());
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "");
		properties.put("spring.kafka.bootstrap-servers", MilestoneEvents.brokers());
		properties.put("spring.kafka.consumer.group-id", "alert-service-" + this.database);
		properties.put("pactwatch.alert.intake.topic", this.topic);
		properties.put("pactwatch.alert.delivery.retry-schedule", "0s,200ms,200ms");
		properties.put("pactwatch.alert.delivery.poll-interval", "100ms");
		properties.put("pactwatch.alert.delivery.request-timeout", "2s");
		properties.put("pactwatch.alert.delivery.lease", "10s");
		properties.put("pactwatch.alert.tenancy.admin-key", SubscriptionsApi.ADMIN_KEY);
		properties.put("pactwatch.alert.webhook.allow-list", "127.0.0.1");
		properties.put("spring.jmx.enabled", false);
		properties.putAll(overrides);
		// as command-line arguments: they win over application.yml, as a launcher's do
		ConfigurableApplicationContext context = new SpringApplicationBuilder(AlertServiceApplication.class,
				OwnNettyResources.class)
			.run(properties.entrySet().stream().map((e) -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
		this.running.add(context);
		return context;
	}

	/**
	 * Event loops of each instance's own: with Reactor Netty's global ones, closing one
	 * instance would dispose them under the others.
	 */
	@Configuration(proxyBeanMethods = false)
	static class OwnNettyResources {

		@Bean
		ReactorResourceFactory reactorResourceFactory() {
			ReactorResourceFactory factory = new ReactorResourceFactory();
			factory.setUseGlobalResources(false);
			return factory;
		}

	}

	public static WebTestClient client(ConfigurableApplicationContext context) {
		String port = context.getEnvironment().getProperty("local.server.port");
		return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
	}

	public void stop(ConfigurableApplicationContext context) {
		context.close();
		this.running.remove(context);
	}

	public Optional<ConfigurableApplicationContext> any() {
		return this.running.stream().findFirst();
	}

	@Override
	public void close() {
		new ArrayList<>(this.running).forEach(this::stop);
	}

}
