package io.pactwatch.ingest.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import io.pactwatch.ingest.IngestServiceApplication;
import io.pactwatch.schemas.Topics;
import io.pactwatch.schemas.TrustedSchemas;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Ingest throughput through the bulk endpoint into Kafka, on this machine: starts a KRaft
 * broker and ingest-service in this JVM (or uses a running service: {@code --url}), streams
 * a warm-up batch, then the measured batch of unique articles (about 1 KB of text each,
 * so language detection and near-duplicate look-up run as in production), and prints
 * articles per second counted from the first byte sent to the last line answered, each
 * answer given only after Kafka acknowledged (acks=all). Run with
 * {@code ingest-service/bench/bulk-benchmark.sh [articles] [--url URL] [--spring.property=value...]}.
 */
public final class BulkIngestBenchmark {

	private BulkIngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		TrustedSchemas.register();
		int articles = 20_000;
		String url = null;
		List<String> settings = new java.util.ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--url")) {
				url = args[++i];
			}
			else if (args[i].startsWith("--") && args[i].contains("=")) {
				settings.add(args[i]);
			}
			else {
				articles = Integer.parseInt(args[i]);
			}
		}
		EmbeddedKafkaKraftBroker broker = null;
		ConfigurableApplicationContext service = null;
		String brokers = null;
		try {
			if (url == null) {
				broker = new EmbeddedKafkaKraftBroker(1, 3);
				broker.afterPropertiesSet();
				brokers = broker.getBrokersAsString();
				settings.addAll(0, List.of("--spring.kafka.bootstrap-servers=" + brokers, "--server.port=0",
						"--server.address=127.0.0.1", "--pactwatch.ingest.api.anonymous.articles-per-second=0",
						"--pactwatch.ingest.feeds.enabled=false", "--logging.level.root=WARN"));
				service = SpringApplication.run(IngestServiceApplication.class, settings.toArray(String[]::new));
				url = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
			}
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			run(client, url, Math.max(1000, articles / 10), "warm-up");
			Result result = run(client, url, articles, "measured");
			System.out.printf("%n%d articles through POST /api/articles/bulk into Kafka in %.2f s: %.0f articles/s%n",
					articles, result.seconds(), articles / result.seconds());
			System.out.printf("answers: %s%n", result.statuses());
			if (brokers != null) {
				System.out.printf("records on %s: %d%n", Topics.ARTICLES_RAW, countRecords(brokers));
			}
			System.out.printf("machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
					System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"));
		}
		finally {
			if (service != null) {
				service.close();
			}
			if (broker != null) {
				broker.destroy();
			}
		}
	}

	private static Result run(HttpClient client, String url, int articles, String label) throws Exception {
		byte[] body = ndjson(articles, label + "-" + UUID.randomUUID());
		HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/articles/bulk"))
			.header("Content-Type", "application/x-ndjson")
			.header("Accept", "application/x-ndjson")
			.timeout(Duration.ofMinutes(10))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		long started = System.nanoTime();
		HttpResponse<java.util.stream.Stream<String>> response = client.send(request,
				HttpResponse.BodyHandlers.ofLines());
		Map<String, Long> statuses = response.body()
			.map((line) -> line.replaceAll(".*\"status\":\"([A-Z]+)\".*", "$1"))
			.collect(Collectors.groupingBy((status) -> status, TreeMap::new, Collectors.counting()));
		double seconds = (System.nanoTime() - started) / 1e9;
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode());
		}
		System.out.printf("%s: %d articles (%d MB) in %.2f s: %.0f articles/s %s%n", label, articles,
				body.length / 1_000_000, seconds, articles / seconds, statuses);
		return new Result(seconds, statuses);
	}

	private static byte[] ndjson(int articles, String batch) {
		String[] words = ("agreement talks signed ratified minister treaty parties border trade energy space "
				+ "cooperation satellite launch research fisheries quota inspection parliament ceremony spring "
				+ "government officials delegation summit extended abandoned force term years partnership exports "
				+ "imports tariffs defence security climate emissions finance bank investment loan pipeline gas oil "
				+ "grain port shipping rail corridor joint venture memorandum understanding draft negotiations round")
			.split(" ");
		Random random = new Random(batch.hashCode());
		ByteArrayOutputStream out = new ByteArrayOutputStream(articles * 1200);
		for (int i = 0; i < articles; i++) {
			StringBuilder text = new StringBuilder(1100);
			for (int w = 0; w < 150; w++) {
				text.append(words[random.nextInt(words.length)]).append((w % 15 == 14) ? ". " : " ");
			}
			String line = "{\"source\":\"Bench Wire\",\"url\":\"https://bench.example/" + batch + "/" + i
					+ "\",\"title\":\"Bench article " + i + "\",\"publishedAt\":\"2026-01-01T00:00:00Z\",\"body\":\""
					+ text.toString().strip() + "\"}\n";
			out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	private static long countRecords(String brokers) {
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", brokers),
				new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_RAW)
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
		}
	}

	private record Result(double seconds, Map<String, Long> statuses) {
	}

}
