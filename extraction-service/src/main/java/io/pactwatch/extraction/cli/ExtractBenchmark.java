package io.pactwatch.extraction.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.json.JsonMapper;

import io.pactwatch.extraction.extractor.ArticleText;
import io.pactwatch.extraction.extractor.MilestoneExtractor;

/**
 * Measures the extractor on an articles file: articles per second and per-article latency
 * (p50, p99, max), single-threaded and with N threads sharing one extractor, and counts the
 * exceptions (escaped and caught inside the extractor).
 *
 * <pre>
 * ExtractBenchmark IN.articles.jsonl [--threads N] [--rounds R]
 * </pre>
 */
public final class ExtractBenchmark {

	private ExtractBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: ExtractBenchmark IN.articles.jsonl [--threads N] [--rounds R]");
			System.exit(2);
		}
		int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
		int rounds = 2;
		for (int i = 1; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--threads" -> threads = Integer.parseInt(args[i + 1]);
				case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		List<ArticleText> articles = load(Path.of(args[0]));
		long loadStart = System.nanoTime();
		MilestoneExtractor extractor = MilestoneExtractor.createDefault();
		System.out.printf("extractor %s loaded in %d ms; %d articles%n", MilestoneExtractor.VERSION,
				(System.nanoTime() - loadStart) / 1_000_000, articles.size());
		run("warm-up, 1 thread", extractor, articles, 1);
		for (int round = 1; round <= rounds; round++) {
			run("round " + round + ", 1 thread", extractor, articles, 1);
			run("round " + round + ", " + threads + " threads", extractor, articles, threads);
		}
		System.out.printf("exceptions caught inside the extractor: %d%n", extractor.failureCount());
	}

	private static List<ArticleText> load(Path path) throws IOException {
		ArticleLines lines = new ArticleLines(JsonMapper.builder().build());
		List<ArticleText> articles = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					try {
						articles.add(lines.parse(line));
					}
					catch (ArticleLines.MalformedLineException ex) {
						System.err.println("skipped a malformed line: " + ex.getMessage());
					}
				}
			}
		}
		return articles;
	}

	private static void run(String label, MilestoneExtractor extractor, List<ArticleText> articles, int threads)
			throws Exception {
		long[] latencies = new long[articles.size()];
		AtomicInteger next = new AtomicInteger();
		AtomicLong escaped = new AtomicLong();
		AtomicLong milestones = new AtomicLong();
		AtomicLong cpuNanos = new AtomicLong();
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		List<Future<?>> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			workers.add(pool.submit(() -> {
				long cpuStart = cpu.getCurrentThreadCpuTime();
				int i;
				while ((i = next.getAndIncrement()) < articles.size()) {
					long t0 = System.nanoTime();
					try {
						milestones.addAndGet(extractor.extract(articles.get(i)).size());
					}
					catch (RuntimeException ex) {
						escaped.incrementAndGet();
					}
					latencies[i] = System.nanoTime() - t0;
				}
				cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuStart);
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		long elapsed = System.nanoTime() - start;
		pool.shutdown();
		long[] sorted = latencies.clone();
		Arrays.sort(sorted);
		int slowest = 0;
		for (int i = 1; i < latencies.length; i++) {
			if (latencies[i] > latencies[slowest]) {
				slowest = i;
			}
		}
		// per CPU-second: what the extractor costs, whatever else the machine is doing meanwhile
		System.out.printf("%-22s %8.0f articles/s (%5.0f per CPU-second)  p50 %6.3f ms  p99 %6.3f ms  max %7.3f ms (%s)  "
				+ "milestones %d  escaped exceptions %d%n", label, articles.size() / (elapsed / 1e9),
				articles.size() / (cpuNanos.get() / 1e9), millis(sorted, 0.50), millis(sorted, 0.99),
				sorted[sorted.length - 1] / 1e6, articles.get(slowest).id(), milestones.get(), escaped.get());
	}

	private static double millis(long[] sorted, double quantile) {
		int index = (int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)));
		return sorted[index] / 1e6;
	}

}
