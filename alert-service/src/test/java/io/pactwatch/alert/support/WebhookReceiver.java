package io.pactwatch.alert.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real webhook receiver on 127.0.0.1: records every request, answers 204, or a status
 * it was told to answer for the next requests on a path.
 */
public final class WebhookReceiver implements AutoCloseable {

	/** One request as received. */
	public record Received(String path, Map<String, List<String>> headers, String body, Instant at) {

		public String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase());
			return (values != null && !values.isEmpty()) ? values.get(0) : null;
		}

	}

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();

	private final String host;

	public WebhookReceiver() {
		this("127.0.0.1");
	}

	/** A receiver on another loopback address, e.g. 127.0.0.2. */
	public WebhookReceiver(String host) {
		this.host = host;
		try {
			this.server = HttpServer.create(new InetSocketAddress(host, 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	public String url(String path) {
		return "http://" + this.host + ":" + this.server.getAddress().getPort() + path;
	}

	/** The next requests on {@code path} get these statuses, in order; then 204 again. */
	public synchronized void answer(String path, Integer... statuses) {
		this.scripted.computeIfAbsent(path, (p) -> new ArrayDeque<>()).addAll(List.of(statuses));
	}

	public List<Received> received(String path) {
		return this.received.stream().filter((r) -> r.path().equals(path)).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Map<String, List<String>> headers = new TreeMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
			String path = exchange.getRequestURI().getPath();
			this.received.add(new Received(path, headers, body, Instant.now()));
			Deque<Integer> statuses = this.scripted.get(path);
			Integer status;
			synchronized (this) {
				status = (statuses != null) ? statuses.poll() : null;
			}
			exchange.sendResponseHeaders((status != null) ? status : 204, -1);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
