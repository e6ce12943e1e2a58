package io.pactwatch.alert.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pactwatch.alert.AlertServiceApplication;
import io.pactwatch.alert.support.MilestoneEvents;
import io.pactwatch.schemas.AvroSerde;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneStatus;
import io.pactwatch.schemas.Topics;
import io.pactwatch.schemas.TrustedSchemas;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * How many webhook deliveries per second one alert-service instance sustains to a local
 * receiver, and the latency it adds from a milestone event (published to Kafka) to its
 * receipt. Everything is real and on this machine: a KRaft broker, PostgreSQL (embedded),
 * the application, and a Reactor Netty receiver on 127.0.0.1 answering 204.
 * <ol>
 * <li>throughput: {@code events} events published at once, each matching {@code subscriptions}
 * webhook subscriptions; deliveries per second from the first publish to the last receipt;</li>
 * <li>latency: {@code rate} events per second for {@code seconds} seconds, well below the
 * throughput; p50, p99 and max of publish-to-receipt per delivery.</li>
 * </ol>
 * Run: {@code alert-service/bench/run-benchmark.sh} (system properties
 * {@code -Dwarmup=3000 -Devents=4000 -Dsubscriptions=5 -Drate=100 -Dseconds=20} change the load,
 * {@code -Dapp.args="--pactwatch.alert.delivery.batch-size=200"} the application's settings).
 */
public final class DeliveryBenchmark {

	private static final Pattern EVENT_ID = Pattern.compile("\"id\":\"(evt-[^\"]+)\"");



	private static final String ADMIN_KEY = "benchmark-admin-key-0123456789";

	private final Map<String, Long> published = new ConcurrentHashMap<>();

	private final Set<String> webhookIds = ConcurrentHashMap.newKeySet();

	private final AtomicInteger received = new AtomicInteger();

	private final AtomicInteger duplicates = new AtomicInteger();

	private volatile long[] latencies = new long[0];

	private final AtomicInteger latencyCount = new AtomicInteger();

	private volatile long lastReceipt;

	/** With -Dprogress: every second, how many deliveries are stored and delivered. */
	private java.util.function.Supplier<String> progress;

	public static void main(String[] args) throws Exception {
		new DeliveryBenchmark().run(Integer.getInteger("events", 4000), Integer.getInteger("subscriptions", 5),
				Integer.getInteger("rate", 100), Integer.getInteger("seconds", 20));
		System.exit(0);
	}

	private void run(int events, int subscriptions, int rate, int seconds) throws Exception {
		TrustedSchemas.register();
		System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "io.pactwatch.schemas");
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 4, Topics.AGREEMENT_MILESTONES,
				Topics.deadLetter(Topics.AGREEMENT_MILESTONES));
		broker.brokerProperties(Map.of("offsets.topic.num.partitions", "1"));
		broker.afterPropertiesSet();
		EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
		DisposableServer receiver = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> {
				String webhookId = request.requestHeaders().get("webhook-id");
				return request.receive()
					.aggregate()
					.asString()
					.doOnNext((body) -> record(webhookId, body))
					.then(response.status(204).send().then());
			})
			.bindNow();
		List<String> arguments = new ArrayList<>(List.of("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
				"--pactwatch.alert.tenancy.admin-key=" + ADMIN_KEY, "--pactwatch.alert.webhook.allow-list=127.0.0.1",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off"));
		// more settings of the application under test, e.g. -Dapp.args="--pactwatch.alert.delivery.batch-size=100"
		String extra = System.getProperty("app.args", "").strip();
		if (!extra.isEmpty()) {
			arguments.addAll(List.of(extra.split("\\s+")));
		}
		ConfigurableApplicationContext app = new SpringApplicationBuilder(AlertServiceApplication.class)
			.run(arguments.toArray(String[]::new));
		if (Boolean.getBoolean("progress")) {
			javax.sql.DataSource db = postgres.getPostgresDatabase();
			this.progress = () -> {
				try (java.sql.Connection c = db.getConnection(); java.sql.ResultSet rs = c.createStatement()
					.executeQuery("SELECT count(*), count(*) FILTER (WHERE status = 'DELIVERED') FROM delivery")) {
					rs.next();
					return "stored " + rs.getLong(1) + ", recorded delivered " + rs.getLong(2);
				}
				catch (java.sql.SQLException ex) {
					return ex.getMessage();
				}
			};
		}
		try {
			String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
			String apiKey = createTenant(base);
			for (int i = 0; i < subscriptions; i++) {
				post(base + "/api/subscriptions", apiKey, "{\"name\":\"bench " + i + "\",\"webhook\":{\"url\":\"http://127.0.0.1:"
						+ receiver.port() + "/hook/" + i + "\"},\"filter\":{\"parties\":[\"CHN\"]}}");
			}
			try (KafkaProducer<String, MilestoneEvent> producer = new KafkaProducer<>(
					Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(), ProducerConfig.ACKS_CONFIG,
							"all", ProducerConfig.LINGER_MS_CONFIG, 2),
					new StringSerializer(), AvroSerde.of(MilestoneEvent.class))) {
				System.out.printf("alert-service benchmark: %d cores, %d webhook subscriptions per event%n",
						Runtime.getRuntime().availableProcessors(), subscriptions);
				// the JIT compilers need a while on two cores
				phase("warm-up", producer, Integer.getInteger("warmup", 3000), subscriptions, 0, 0);
				phase("throughput", producer, events, subscriptions, 0, 0);
				phase("latency", producer, rate * seconds, subscriptions, rate, seconds);
			}
		}
		finally {
			app.close();
			receiver.disposeNow();
			postgres.close();
			broker.destroy();
		}
	}

	private void phase(String name, KafkaProducer<String, MilestoneEvent> producer, int events, int subscriptions,
			int rate, int seconds) {
		this.received.set(0);
		this.latencies = new long[events * subscriptions];
		this.latencyCount.set(0);
		int expected = events * subscriptions;
		long start = System.nanoTime();
		for (int i = 0; i < events; i++) {
			if (rate > 0) {
				long due = start + (long) i * 1_000_000_000L / rate;
				while (System.nanoTime() < due) {
					LockSupport.parkNanos(Math.max(1, due - System.nanoTime()));
				}
			}
			MilestoneEvent event = MilestoneEvents.event("agr-bench-" + UUID.randomUUID(), List.of("CHN", "RUS"),
					Milestone.values()[i % Milestone.values().length], MilestoneStatus.OCCURRED);
			this.published.put(event.getEventId(), System.nanoTime());
			producer.send(new ProducerRecord<>(Topics.AGREEMENT_MILESTONES, event.getAgreementId(), event));
		}
		producer.flush();
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		long nextProgress = System.nanoTime() + 1_000_000_000L;
		while (this.received.get() < expected && System.nanoTime() < deadline) {
			LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
			if (this.progress != null && System.nanoTime() > nextProgress) {
				nextProgress += 1_000_000_000L;
				System.out.println("  progress: " + this.progress.get() + ", received " + this.received.get());
			}
		}
		double elapsed = (this.lastReceipt - start) / 1e9;
		long[] sorted = Arrays.copyOf(this.latencies, this.latencyCount.get());
		Arrays.sort(sorted);
		System.out.printf("%-10s %6d events x %d = %6d deliveries received %6d (duplicates %d) in %6.2f s: %8.0f deliveries/s;"
				+ " event->receipt p50 %6.1f ms, p99 %7.1f ms, max %7.1f ms%n", name, events, subscriptions, expected,
				this.received.get(), this.duplicates.get(), elapsed, this.received.get() / elapsed, percentile(sorted, 0.50),
				percentile(sorted, 0.99), (sorted.length > 0) ? sorted[sorted.length - 1] / 1e6 : 0);
	}

	private void record(String webhookId, String body) {
		long now = System.nanoTime();
		if (!this.webhookIds.add(webhookId)) {
			this.duplicates.incrementAndGet();
			return;
		}
		Matcher matcher = EVENT_ID.matcher(body);
		Long sent = matcher.find() ? this.published.get(matcher.group(1)) : null;
		if (sent != null) {
			int slot = this.latencyCount.getAndIncrement();
			long[] target = this.latencies;
			if (slot < target.length) {
				target[slot] = now - sent;
			}
		}
		this.lastReceipt = now;
		this.received.incrementAndGet();
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
	}

	private static String createTenant(String base) throws Exception {
		String answer = post(base + "/api/admin/tenants", ADMIN_KEY, "{\"name\":\"benchmark\"}");
		Matcher key = Pattern.compile("\"key\":\"(pwk_[^\"]+)\"").matcher(answer);
		if (!key.find()) {
			throw new IllegalStateException("No API key in " + answer);
		}
		return key.group(1);
	}

	private static String post(String url, String bearer, String json) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Authorization", "Bearer " + bearer)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}


}
