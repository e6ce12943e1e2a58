package io.pactwatch.local;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.pactwatch.local.demo.DemoStory;
import io.pactwatch.local.demo.MailPrinter;
import io.pactwatch.local.demo.PactwatchClient;
import io.pactwatch.local.demo.Story;
import io.pactwatch.local.demo.TopicWatcher;
import io.pactwatch.local.demo.WebhookReceiver;
import io.pactwatch.local.stack.LocalStack;
import io.pactwatch.local.stack.LocalStackOptions;
import io.pactwatch.local.stack.ServiceProcess;
import io.pactwatch.schemas.TrustedSchemas;

/**
 * {@code ./pactwatch run}: starts pactwatch on this machine, tells the demo story through
 * it, and keeps it running until Ctrl-C.
 *
 * <p>Options: {@code --no-demo} to start the stack only; {@code --seed=PATH} for the seed
 * article (default {@code ../shared/seeds/space-pact-article.txt}).
 */
public final class LocalStackApplication {

	private static final int RECEIVER_PORT = 8099;

	private LocalStackApplication() {
	}

	public static void main(String[] args) throws InterruptedException {
		TrustedSchemas.register();
		PrintStream out = System.out;
		List<String> arguments = List.of(args);
		if (arguments.contains("--help")) {
			out.println("usage: pactwatch run [--no-demo] [--seed=PATH]");
			return;
		}
		Path root = Path.of("").toAbsolutePath();
		Path seed = arguments.stream()
			.filter((argument) -> argument.startsWith("--seed="))
			.map((argument) -> Path.of(argument.substring("--seed=".length())))
			.findFirst()
			.orElse(root.resolve("../shared/seeds/space-pact-article.txt").normalize());

		out.println("Starting pactwatch: a Kafka broker (KRaft), PostgreSQL and three services...");
		long started = System.nanoTime();
		LocalStack stack = new LocalStack(LocalStackOptions.defaults(root));
		DemoParts demo = new DemoParts();
		CountDownLatch stopped = new CountDownLatch(1);
		// registered before anything starts, so that Ctrl-C during the start leaves nothing behind either
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			out.println("\nStopping pactwatch...");
			demo.close();
			stack.close();
			out.println("Stopped.");
			stopped.countDown();
		}, "pactwatch-stop"));
		try {
			// the broker's storage formatter writes to standard output; keep the console for the story
			System.setOut(new PrintStream(OutputStream.nullOutputStream()));
			stack.start();
		}
		catch (RuntimeException ex) {
			if (!stack.isClosed()) {
				System.err.println("pactwatch could not start: " + ex.getMessage());
			}
			System.exit(1);
			return;
		}
		finally {
			System.setOut(out);
		}
		WebhookReceiver receiver = demo.keep(WebhookReceiver.start(RECEIVER_PORT, "/hooks/demo"));
		TopicWatcher watcher = demo.keep(new TopicWatcher(stack.kafkaBootstrapServers()));
		demo.keep(new MailPrinter(stack::receivedMails, out));

		out.printf("Started in %.1f s:%n", Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
		out.printf("  %-19s %s   log: %s%n", "Kafka (KRaft)", stack.kafkaBootstrapServers(),
				root.relativize(stack.brokerLog()));
		out.printf("  %-19s %s%n", "PostgreSQL", stack.jdbcUrl());
		for (ServiceProcess service : stack.services()) {
			out.printf("  %-19s %s   log: %s%n", service.name(), service.url(), root.relativize(service.log()));
		}
		out.printf("  %-19s %s (mails are printed here)%n", "SMTP catcher", stack.smtpAddress());
		out.printf("  %-19s %s%n", "webhook receiver", receiver.url());
		out.printf("  %-19s %s%n", "admin key", stack.adminKey());

		if (!arguments.contains("--no-demo")) {
			DemoStory story = new DemoStory(new PactwatchClient(stack.ingestUrl(), stack.alertUrl()), stack.adminKey(),
					watcher, receiver, out);
			story.tell(Story.load(seed));
			out.printf("%nThe demo subscriber's API key: %s%n", story.apiKey());
		}
		out.printf("%npactwatch keeps running. Try it:%n");
		out.printf("  curl -s -X POST %s/api/articles -H 'Content-Type: application/json' \\%n", stack.ingestUrl());
		out.printf("    -d '{\"title\":\"Japan and India sign defence pact\",\"body\":\"Japan and India signed a defence "
				+ "cooperation agreement in Tokyo on Monday.\",\"publishedAt\":\"2024-05-07T08:00:00Z\"}'%n");
		out.printf("  curl -s -X POST %s/api/admin/tenants -H 'Authorization: Bearer %s' \\%n", stack.alertUrl(),
				stack.adminKey());
		out.printf("    -H 'Content-Type: application/json' -d '{\"name\":\"my-newsroom\"}'%n");
		out.printf("  curl -s %s/api/subscriptions -H 'Authorization: Bearer <the apiKey.key it answers>'%n",
				stack.alertUrl());
		out.println("Press Ctrl-C to stop.");
		stopped.await();
	}

	/** What the launcher starts around the stack: stopped before it, the last started first. */
	private static final class DemoParts {

		private final List<AutoCloseable> parts = new ArrayList<>();

		synchronized <T extends AutoCloseable> T keep(T part) {
			this.parts.add(part);
			return part;
		}

		synchronized void close() {
			for (int i = this.parts.size() - 1; i >= 0; i--) {
				try {
					this.parts.get(i).close();
				}
				catch (Exception ex) {
					// stopping: nothing to do about a part that will not close
				}
			}
		}

	}

}
