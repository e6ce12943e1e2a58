package io.pactwatch.alert.webhook;

import io.pactwatch.netguard.AddressGuard;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import io.pactwatch.alert.support.WebhookReceiver;
import io.pactwatch.alert.webhook.WebhookSender.Outcome;
import io.pactwatch.alert.webhook.WebhookSender.Outgoing;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The sender against real HTTP servers on the loopback address. */
class WebhookSenderTests {

	private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	private static final String BODY = "{\"specversion\":\"1.0\",\"id\":\"evt-1\",\"data\":{\"note\":\"d\u00e9j\u00e0 vu\"}}";

	private static final AddressGuard LOOPBACK_ALLOWED = new AddressGuard(List.of("127.0.0.1"));

	private final WebhookSender sender = new WebhookSender(Duration.ofSeconds(2), Duration.ofSeconds(5), 4,
			LOOPBACK_ALLOWED, Clock.systemUTC());

	private final WebhookReceiver receiver = new WebhookReceiver();

	@AfterEach
	void close() {
		this.receiver.close();
		this.sender.destroy();
	}

	@Test
	void postsSignedCloudEventThatVerifies() throws Exception {
		Outcome outcome = send(this.receiver.url("/in"));

		assertThat(outcome.delivered()).isTrue();
		assertThat(outcome.statusCode()).isEqualTo(204);
		assertThat(outcome.error()).isNull();
		WebhookReceiver.Received received = this.receiver.received("/in").get(0);
		assertThat(received.body()).isEqualTo(BODY);
		assertThat(received.header("content-type")).isEqualTo("application/cloudevents+json");
		assertThat(received.header("webhook-id")).isEqualTo("msg_1");
		assertThat(Long.parseLong(received.header("webhook-timestamp")))
			.isCloseTo(System.currentTimeMillis() / 1000, Offset.offset(5L));
		assertThatNoException().isThrownBy(() -> new Webhook(SECRET).verify(received.body(), received.headers()));
	}

	@Test
	void nonSuccessStatusIsAFailure() {
		this.receiver.answer("/in", 503);

		Outcome outcome = send(this.receiver.url("/in"));

		assertThat(outcome).extracting(Outcome::delivered, Outcome::statusCode, Outcome::error)
			.containsExactly(false, 503, "HTTP 503");
	}

	@Test
	void redirectsAreNotFollowed() {
		this.receiver.answer("/in", 301);

		Outcome outcome = send(this.receiver.url("/in"));

		assertThat(outcome.delivered()).isFalse();
		assertThat(outcome.statusCode()).isEqualTo(301);
		assertThat(this.receiver.received("/in")).hasSize(1);
	}

	@Test
	void refusedConnectionIsAFailureWithoutStatus() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}

		Outcome outcome = send("http://127.0.0.1:" + closedPort + "/in");

		assertThat(outcome.delivered()).isFalse();
		assertThat(outcome.statusCode()).isNull();
		assertThat(outcome.error()).containsIgnoringCase("connect");
	}

	@Test
	void slowReceiverTimesOut() throws IOException {
		CountDownLatch release = new CountDownLatch(1);
		HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		slow.createContext("/", (exchange) -> {
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		slow.start();
		WebhookSender impatient = new WebhookSender(Duration.ofSeconds(2), Duration.ofMillis(300), 4, LOOPBACK_ALLOWED,
				Clock.systemUTC());
		try {
			Outcome outcome = impatient
				.send(new Outgoing(URI.create("http://127.0.0.1:" + slow.getAddress().getPort() + "/in"), SECRET, "msg_1", BODY))
				.block(Duration.ofSeconds(10));

			assertThat(outcome.delivered()).isFalse();
			assertThat(outcome.statusCode()).isNull();
			assertThat(outcome.error()).isEqualTo("no answer within 300 ms");
		}
		finally {
			release.countDown();
			slow.stop(0);
			impatient.destroy();
		}
	}

	private Outcome send(String url) {
		return this.sender.send(new Outgoing(URI.create(url), SECRET, "msg_1", BODY)).block(Duration.ofSeconds(10));
	}


}
