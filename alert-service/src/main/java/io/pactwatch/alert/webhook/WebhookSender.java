package io.pactwatch.alert.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
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
 * HMAC-SHA256>} made by the standardwebhooks library). Only a 2xx answer is a delivery;
 * redirects are not followed; the response body is read and dropped. Never fails: every
 * outcome, timeouts and refused connections included, comes back as an {@link Outcome}.
 */
public class WebhookSender implements DisposableBean {

	private static final int MAX_ERROR = 500;

	private final WebClient client;

	private final Duration requestTimeout;

	private final Clock clock;

	private final ConnectionProvider connections;

	public WebhookSender(Duration connectTimeout, Duration requestTimeout, int maxConnections, Clock clock) {
		// as many connections as requests may be open at once, so that none waits for one
		this.connections = ConnectionProvider.builder("webhooks")
			.maxConnections(maxConnections)
			.maxIdleTime(Duration.ofSeconds(30))
			.build();
		HttpClient http = HttpClient.create(this.connections)
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
	}

	/**
	 * One webhook to send.
	 *
	 * @param url the receiver
	 * @param secret its {@code whsec_} secret
	 * @param webhookId the {@code webhook-id}, the same on every retry
	 * @param body the CloudEvents JSON
	 */
	public record Outgoing(URI url, String secret, String webhookId, String body) {
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
	}

	public Mono<Outcome> send(Outgoing outgoing) {
		return Mono.defer(() -> {
			long started = System.nanoTime();
			long timestamp = this.clock.instant().getEpochSecond();
			String signature;
			try {
				signature = new Webhook(outgoing.secret()).sign(outgoing.webhookId(), timestamp, outgoing.body());
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
		if (ex instanceof TimeoutException || root instanceof ReadTimeoutException) {
			return "no answer within " + this.requestTimeout.toMillis() + " ms";
		}
		String message = root.getClass().getSimpleName() + ((root.getMessage() != null) ? ": " + root.getMessage() : "");
		return (message.length() > MAX_ERROR) ? message.substring(0, MAX_ERROR) : message;
	}

}
