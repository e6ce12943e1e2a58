package io.pactwatch.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * pactwatch on one machine with nothing installed but a JDK: a real Kafka broker (KRaft,
 * in this process), a real PostgreSQL server (a native child process), an SMTP catcher
 * (GreenMail, in this process) and the three services, each in its own JVM from its
 * runnable jar. Closing it stops everything it
 * started.
 */
public final class LocalStack implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	private static final String VERSION = "0.1.0-SNAPSHOT";

	private final LocalStackOptions options;

	private final List<ServiceProcess> services = new ArrayList<>();

	private EmbeddedKafkaKraftBroker broker;

	private EmbeddedPostgres postgres;

	private GreenMail smtp;

	/** alert-service's admin key for this run: the operator's, to create tenants. */
	private final String adminKey = "local-" + UUID.randomUUID();

	private LocalStack(LocalStackOptions options) {
		this.options = options;
	}

	/** Starts everything, or stops what it started and throws. */
	public static LocalStack start(LocalStackOptions options) {
		LocalStack stack = new LocalStack(options);
		try {
			stack.startAll();
			return stack;
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	private void startAll() {
		Map<String, Path> jars = locateJars();
		Path logs = freshDirectory(this.options.workDir().resolve("logs"));
		Path state = freshDirectory(this.options.workDir().resolve("state"));
		requireFree(this.options.postgresPort(), "PostgreSQL");
		requireFree(this.options.ingestPort(), "ingest-service");
		requireFree(this.options.extractionPort(), "extraction-service");
		requireFree(this.options.alertPort(), "alert-service");
		requireFree(this.options.smtpPort(), "the SMTP catcher");

		// the broker and the database are independent: start them side by side
		CompletableFuture<Void> postgresStarted = CompletableFuture.runAsync(this::startPostgres);
		startBroker();
		startSmtp();
		join(postgresStarted);
		String kafka = "--spring.kafka.bootstrap-servers=" + kafkaBootstrapServers();
		List<String> smallJvm = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
		this.services.add(ServiceProcess.start("ingest-service", jars.get("ingest-service"), this.options.ingestPort(),
				smallJvm, List.of(kafka), logs));
		this.services.add(ServiceProcess.start("extraction-service", jars.get("extraction-service"),
				this.options.extractionPort(), List.of("-Xmx768m", "-XX:+UseSerialGC"),
				List.of(kafka, "--spring.kafka.streams.state-dir=" + state.resolve("extraction-service")), logs));
		this.services.add(ServiceProcess.start("alert-service", jars.get("alert-service"), this.options.alertPort(),
				smallJvm, List.of(kafka, "--spring.datasource.url=" + jdbcUrl(), "--spring.datasource.username=postgres",
						"--spring.datasource.password=postgres", "--pactwatch.alert.tenancy.admin-key=" + this.adminKey,
						// the demo's receiver listens on this machine: loopback webhooks are allowed here only
						"--pactwatch.alert.webhook.allow-list=127.0.0.0/8,::1,localhost",
						"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + this.options.smtpPort(),
						"--pactwatch.alert.email.public-url=" + alertUrl()),
				logs));
		// the services start in parallel; wait for all of them
		CompletableFuture<?>[] healthy = this.services.stream()
			.map((service) -> CompletableFuture.runAsync(() -> service.awaitHealthy(START_TIMEOUT)))
			.toArray(CompletableFuture[]::new);
		join(CompletableFuture.allOf(healthy));
	}

	private static void join(CompletableFuture<?> future) {
		try {
			future.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

	private void startBroker() {
		// the KRaft test kit picks the broker's port itself: clients learn it from kafkaBootstrapServers()
		this.broker = new EmbeddedKafkaKraftBroker(1, 3);
		// one broker: the transaction log behind exactly-once processing has to fit on it
		this.broker.brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
				"transaction.state.log.min.isr", "1", "offsets.topic.replication.factor", "1",
				"auto.create.topics.enable", "false"));
		this.broker.afterPropertiesSet();
	}

	private void startPostgres() {
		try {
			this.postgres = EmbeddedPostgres.builder()
				.setPort(this.options.postgresPort())
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setRegisterShutdownHook(true)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL", ex);
		}
	}

	private void startSmtp() {
		this.smtp = new GreenMail(new ServerSetup(this.options.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	public String adminKey() {
		return this.adminKey;
	}

	/** The mails alert-service sent, as the SMTP catcher received them. */
	public List<MimeMessage> receivedMails() {
		return List.of(this.smtp.getReceivedMessages());
	}

	public String smtpAddress() {
		return "127.0.0.1:" + this.options.smtpPort();
	}

	public String kafkaBootstrapServers() {
		return this.broker.getBrokersAsString();
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.postgres.getPort() + "/postgres";
	}

	public List<ServiceProcess> services() {
		return List.copyOf(this.services);
	}

	public String ingestUrl() {
		return "http://127.0.0.1:" + this.options.ingestPort();
	}

	public String extractionUrl() {
		return "http://127.0.0.1:" + this.options.extractionPort();
	}

	public String alertUrl() {
		return "http://127.0.0.1:" + this.options.alertPort();
	}

	/** Stops the services, then PostgreSQL, then the broker; safe to call more than once. */
	@Override
	public void close() {
		silenceBrokerLogs();
		this.services.parallelStream().forEach(ServiceProcess::close);
		this.services.clear();
		if (this.postgres != null) {
			try {
				this.postgres.close();
			}
			catch (IOException ex) {
				System.err.println("Could not stop PostgreSQL cleanly: " + ex.getMessage());
			}
			this.postgres = null;
		}
		if (this.smtp != null) {
			this.smtp.stop();
			this.smtp = null;
		}
		if (this.broker != null) {
			this.broker.destroy();
			this.broker = null;
		}
	}

	/**
	 * On Ctrl-C the test kit's own shutdown hook deletes the broker's directories while the
	 * broker still writes its last checkpoints, and every broker component then reports the
	 * missing files as errors. The data is throwaway, so a stopping broker has nothing to say.
	 */
	private static void silenceBrokerLogs() {
		for (String name : List.of("kafka", "org.apache.kafka")) {
			if (LoggerFactory.getLogger(name) instanceof Logger logger) {
				logger.setLevel(Level.OFF);
			}
		}
	}

	private Map<String, Path> locateJars() {
		Map<String, Path> jars = new java.util.LinkedHashMap<>();
		for (String service : List.of("ingest-service", "extraction-service", "alert-service")) {
			Path jar = this.options.root().resolve(service).resolve("target").resolve(service + "-" + VERSION + "-exec.jar");
			if (!Files.isRegularFile(jar)) {
				throw new IllegalStateException("No runnable jar at " + jar + ": build first with ./mvnw -DskipTests package");
			}
			jars.put(service, jar);
		}
		return jars;
	}

	private static void requireFree(int port, String what) {
		if (!LocalStackOptions.isFree(port)) {
			throw new IllegalStateException("Port " + port + " for " + what + " is taken on 127.0.0.1. Is another pactwatch "
					+ "running? Stop it, or free the port.");
		}
	}

	private static Path freshDirectory(Path directory) {
		try {
			if (Files.exists(directory)) {
				try (Stream<Path> paths = Files.walk(directory)) {
					paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
				}
			}
			return Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare " + directory, ex);
		}
	}

}
