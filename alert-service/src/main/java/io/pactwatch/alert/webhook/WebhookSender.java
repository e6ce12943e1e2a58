package io.pactwatch.alert.webhook;

import io.pactwatch.netguard.GuardedAddressResolverGroup;
import io.pactwatch.netguard.BlockedAddressException;
import io.pactwatch.netguard.AddressGuard;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import io.netty.channel.ChannelOption;
import io.netty.handler.timeout.ReadTimeoutException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * POSTs one webhook: the body as is, signed per Standard Webhooks ({@code webhook-id},
 * {@code webhook-timestamp} of this attempt, {@code webhook-signature} {@code v1,<base64
 * HMAC-SHA256>} made by the standardwebhooks library; during a secret rotation's overlap one
 * signature per secret, space-separated, as the specification allows). Only a 2xx answer is a
 * delivery; redirects are not followed; the response body is read and dropped. Every
 * connection goes through the {@link AddressGuard}, so a host whose DNS now points inside the
 * network is refused. Never fails: every outcome, timeouts, refused connections and refused
 * addresses included, comes back as an {@link Outcome}.
 */
public class WebhookSender implements DisposableBean {

	private static final int MAX_ERROR = 500;

	private final WebClient client;

	private final Duration requestTimeout;

	private final Clock clock;

	private final ConnectionProvider connections;

	private final GuardedAddressResolverGroup resolver;

	public WebhookSender(Duration connectTimeout, Duration requestTimeout, int maxConnections, AddressGuard guard,
			Clock clock) {
		// as many connections as requests may be open at once, so that none waits for one
		this.connections = ConnectionProvider.builder("webhooks")
			.maxConnections(maxConnections)
			.maxIdleTime(Duration.ofSeconds(30))
			.build();
		this.resolver = new GuardedAddressResolverGroup(guard);
		HttpClient http = HttpClient.create(this.connections)
			.resolver(this.resolver)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(connectTimeout.toMillis()))
			.responseTimeout(requestTimeout)
			.followRedirect(false);
		this.client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
		this.requestTimeout = requestTimeout;
		this.clock = clock;
	}

	@Override
	public void destroy() {
		this.connections.dispose();
		this.resolver.close();
	}

	/**
	 * One webhook to send.
	 *
	 * @param url the receiver
	 * @param secrets its {@code whsec_} secrets: the current one, and the previous one during a
	 * rotation's overlap
	 * @param webhookId the {@code webhook-id}, the same on every retry
	 * @param body the CloudEvents JSON
	 */
	public record Outgoing(URI url, List<String> secrets, String webhookId, String body) {

		public Outgoing(URI url, String secret, String webhookId, String body) {
			this(url, List.of(secret), webhookId, body);
		}

	}

	/**
	 * What one attempt gave.
	 *
	 * @param delivered whether the receiver answered 2xx
	 * @param statusCode the HTTP status, if the receiver answered
	 * @param latencyMs from sending to the answer or the failure
	 * @param error why it was not delivered, or null
	 */
	public record Outcome(boolean delivered, Integer statusCode, long latencyMs, String error) {

		/** The receiver answered 410 Gone: it wants no more webhooks. */
		public boolean gone() {
			return this.statusCode != null && this.statusCode == 410;
		}

	}

	public Mono<Outcome> send(Outgoing outgoing) {
		return Mono.defer(() -> {
			long started = System.nanoTime();
			long timestamp = this.clock.instant().getEpochSecond();
			String signature;
			try {
				StringBuilder signatures = new StringBuilder();
				for (String secret : outgoing.secrets()) {
					signatures.append(signatures.isEmpty() ? "" : " ")
						.append(new Webhook(secret).sign(outgoing.webhookId(), timestamp, outgoing.body()));
				}
				signature = signatures.toString();
			}
			catch (EmptyWebhookSecretException | WebhookSigningException | IllegalArgumentException ex) {
				return Mono.just(new Outcome(false, null, 0, "cannot sign: " + ex.getMessage()));
			}
			return this.client.post()
				.uri(outgoing.url())
				.contentType(MediaType.parseMediaType(MilestoneCloudEvents.CONTENT_TYPE))
				.header("webhook-id", outgoing.webhookId())
				.header("webhook-timestamp", Long.toString(timestamp))
				.header("webhook-signature", signature)
				.header(HttpHeaders.USER_AGENT, "pactwatch-alert-service")
				.bodyValue(outgoing.body().getBytes(StandardCharsets.UTF_8))
				.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value()))
				.timeout(this.requestTimeout)
				.map((status) -> outcome(status, started))
				.onErrorResume((ex) -> Mono.just(new Outcome(false, null, millisSince(started), describe(ex))));
		});
	}

	private static Outcome outcome(int status, long started) {
		boolean delivered = status >= 200 && status < 300;
		return new Outcome(delivered, status, millisSince(started), delivered ? null : "HTTP " + status);
	}

	private static long millisSince(long started) {
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}

	private String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		if (root instanceof BlockedAddressException) {
			return "refused: " + root.getMessage();
		}
		if (ex instanceof TimeoutException || root instanceof ReadTimeoutException) {
			return "no answer within " + this.requestTimeout.toMillis() + " ms";
		}
		String message = root.getClass().getSimpleName() + ((root.getMessage() != null) ? ": " + root.getMessage() : "");
		return (message.length() > MAX_ERROR) ? message.substring(0, MAX_ERROR) : message;
	}

}
