package io.pactwatch.local.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subscriber's webhook endpoint: a real HTTP server on 127.0.0.1 that checks each
 * delivery's Standard Webhooks signature with the subscription's secret, as a receiver
 * should, and keeps what it got.
 */
public final class WebhookReceiver implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final String path;

	private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

	private final List<Consumer<Delivery>> listeners = new CopyOnWriteArrayList<>();

	private volatile Webhook verifier;

	private WebhookReceiver(HttpServer server, String path) {
		this.server = server;
		this.path = path;
	}

	public static WebhookReceiver start(int port, String path) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
			WebhookReceiver receiver = new WebhookReceiver(server, path);
			server.createContext(path, receiver::handle);
			server.setExecutor(Executors.newSingleThreadExecutor((runnable) -> {
				Thread thread = new Thread(runnable, "webhook-receiver");
				thread.setDaemon(true);
				return thread;
			}));
			server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the webhook receiver on port " + port, ex);
		}
	}

	/** The secret of the subscription that delivers here; deliveries are verified against it. */
	public void trust(String secret) {
		try {
			this.verifier = new Webhook(secret);
		}
		catch (EmptyWebhookSecretException ex) {
			throw new IllegalArgumentException("The subscription has no webhook secret", ex);
		}
	}

	public void onDelivery(Consumer<Delivery> listener) {
		this.listeners.add(listener);
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + this.path;
	}

	public List<Delivery> deliveries() {
		return List.copyOf(this.deliveries);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			String payload = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Map<String, List<String>> headers = lowerCased(exchange.getRequestHeaders());
			boolean verified = verify(payload, headers);
			Delivery delivery = new Delivery(first(headers, "webhook-id"), verified, parse(payload),
					first(headers, "content-type"));
			this.deliveries.add(delivery);
			this.listeners.forEach((listener) -> listener.accept(delivery));
			// a receiver that cannot verify a delivery must not acknowledge it
			exchange.sendResponseHeaders(verified ? 204 : 401, -1);
		}
	}

	private boolean verify(String payload, Map<String, List<String>> headers) {
		Webhook current = this.verifier;
		if (current == null) {
			return false;
		}
		try {
			current.verify(payload, headers);
			return true;
		}
		catch (WebhookVerificationException ex) {
			return false;
		}
	}

	private static JsonNode parse(String payload) {
		try {
			return JSON.readTree(payload);
		}
		catch (JacksonException ex) {
			return JSON.createObjectNode().put("unparsable", payload);
		}
	}

	private static Map<String, List<String>> lowerCased(Map<String, List<String>> headers) {
		Map<String, List<String>> lower = new TreeMap<>();
		headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
		return lower;
	}

	private static String first(Map<String, List<String>> headers, String name) {
		List<String> values = headers.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * One request the receiver got.
	 * @param webhookId the {@code webhook-id} header, the same on every retry
	 * @param verified whether its signature matched the subscription's secret
	 * @param event the CloudEvent it carried
	 * @param contentType its content type
	 */
	public record Delivery(String webhookId, boolean verified, JsonNode event, String contentType) {
	}

}
