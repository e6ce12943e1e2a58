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
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
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

	private Path brokerLog;

	private EmbeddedPostgres postgres;

	private GreenMail smtp;

	/** alert-service's admin key for this run: the operator's, to create tenants. */
	private final String adminKey = "local-" + UUID.randomUUID();

	/** Set once {@link #close()} has begun: whatever starts after it is stopped at once. */
	private boolean closed;

	public LocalStack(LocalStackOptions options) {
		this.options = options;
	}

	/** Starts everything, or stops what it started and throws. */
	public static LocalStack start(LocalStackOptions options) {
		LocalStack stack = new LocalStack(options);
		stack.start();
		return stack;
	}

	/**
	 * Starts everything, or stops what it started and throws. {@link #close()} may be called
	 * from another thread meanwhile (Ctrl-C during the start): then nothing is left running.
	 */
	public void start() {
		try {
			startAll();
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/** Whether {@link #close()} has begun. */
	public synchronized boolean isClosed() {
		return this.closed;
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

		// set up before a second thread logs, so that logging starts once
		this.brokerLog = logs.resolve("kafka.log");
		logBrokerTo(this.brokerLog);
		// the broker and the database are independent: start them side by side
		CompletableFuture<Void> postgresStarted = CompletableFuture.runAsync(this::startPostgres);
		startBroker();
		startSmtp();
		join(postgresStarted);
		String kafka = "--spring.kafka.bootstrap-servers=" + kafkaBootstrapServers();
		List<String> smallJvm = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
		keep(ServiceProcess.start("ingest-service", jars.get("ingest-service"), this.options.ingestPort(), smallJvm,
				List.of(kafka), logs));
		keep(ServiceProcess.start("extraction-service", jars.get("extraction-service"), this.options.extractionPort(),
				List.of("-Xmx768m", "-XX:+UseSerialGC"),
				List.of(kafka, "--spring.kafka.streams.state-dir=" + state.resolve("extraction-service")), logs));
		keep(ServiceProcess.start("alert-service", jars.get("alert-service"), this.options.alertPort(),
				smallJvm, List.of(kafka, "--spring.datasource.url=" + jdbcUrl(), "--spring.datasource.username=postgres",
						"--spring.datasource.password=postgres", "--pactwatch.alert.tenancy.admin-key=" + this.adminKey,
						// the demo's receiver listens on this machine: loopback webhooks are allowed here only
						"--pactwatch.alert.webhook.allow-list=127.0.0.0/8,::1,localhost",
						"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + this.options.smtpPort(),
						"--pactwatch.alert.email.public-url=" + alertUrl()),
				logs));
		// the services start in parallel; wait for all of them
		CompletableFuture<?>[] healthy = services().stream()
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
		EmbeddedPostgres started;
		try {
			// no shutdown hook of its own: it would stop the database while the services still use it
			started = EmbeddedPostgres.builder()
				.setPort(this.options.postgresPort())
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setRegisterShutdownHook(false)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL", ex);
		}
		synchronized (this) {
			if (!this.closed) {
				this.postgres = started;
				return;
			}
		}
		closeQuietly(started);
		throw stoppedWhileStarting();
	}

	/** Keeps a started service, or stops it at once when the stack is already stopping. */
	private void keep(ServiceProcess service) {
		synchronized (this) {
			if (!this.closed) {
				this.services.add(service);
				return;
			}
		}
		service.close();
		throw stoppedWhileStarting();
	}

	private static IllegalStateException stoppedWhileStarting() {
		return new IllegalStateException("pactwatch was stopped while it was starting");
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

	/** Where the broker's warnings and errors go. */
	public Path brokerLog() {
		return this.brokerLog;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.postgres.getPort() + "/postgres";
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

	/**
	 * Stops the services, then PostgreSQL, then the broker; safe to call more than once, and
	 * from another thread while {@link #start()} is still at work.
	 */
	@Override
	public void close() {
		List<ServiceProcess> running;
		EmbeddedPostgres database;
		synchronized (this) {
			this.closed = true;
			running = List.copyOf(this.services);
			this.services.clear();
			database = this.postgres;
			this.postgres = null;
		}
		silenceBrokerLogs();
		running.parallelStream().forEach(ServiceProcess::close);
		if (database != null) {
			closeQuietly(database);
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

	private static void closeQuietly(EmbeddedPostgres database) {
		try {
			database.close();
		}
		catch (IOException ex) {
			System.err.println("Could not stop PostgreSQL cleanly: " + ex.getMessage());
		}
	}

	/** The services started so far. */
	public synchronized List<ServiceProcess> services() {
		return List.copyOf(this.services);
	}

	/**
	 * The broker runs in this process, and under load it logs, as errors, the retries its
	 * transactional clients handle themselves: its log goes to a file beside the services'
	 * logs, since the console belongs to the story.
	 */
	private static void logBrokerTo(Path file) {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return;
		}
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n");
		encoder.start();
		FileAppender<ILoggingEvent> appender = new FileAppender<>();
		appender.setContext(context);
		appender.setName("kafka-broker");
		appender.setFile(file.toString());
		appender.setEncoder(encoder);
		appender.start();
		for (String name : List.of("kafka", "org.apache.kafka")) {
			Logger logger = context.getLogger(name);
			logger.setLevel(Level.WARN);
			logger.setAdditive(false);
			logger.addAppender(appender);
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
