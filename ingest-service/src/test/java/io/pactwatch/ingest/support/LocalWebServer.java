package io.pactwatch.ingest.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 for tests: pages, feeds, redirects, oversized and slow
 * answers, and a record of the requests each path received.
 */
public final class LocalWebServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final Map<String, List<Headers>> requests = new ConcurrentHashMap<>();

	private final CountDownLatch closing = new CountDownLatch(1);

	public LocalWebServer() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	public URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + path);
	}

	/** Serves {@code handler} at exactly {@code path}, recording each request's headers. */
	public LocalWebServer serve(String path, HttpHandler handler) {
		this.server.createContext(path, (exchange) -> {
			try (exchange) {
				if (!exchange.getRequestURI().getPath().equals(path)) {
					respond(exchange, 404, "text/plain", new byte[0], false);
					return;
				}
				this.requests.computeIfAbsent(path, (key) -> new CopyOnWriteArrayList<>()).add(exchange.getRequestHeaders());
				handler.handle(exchange);
			}
		});
		return this;
	}

	public LocalWebServer page(String path, String contentType, byte[] body) {
		return serve(path, (exchange) -> respond(exchange, 200, contentType, body, false));
	}

	public LocalWebServer redirect(String path, String location) {
		return serve(path, (exchange) -> {
			exchange.getResponseHeaders().set("Location", location);
			exchange.sendResponseHeaders(302, -1);
		});
	}

	/** An answer that never comes, until the server is closed. */
	public LocalWebServer slow(String path) {
		return serve(path, (exchange) -> {
			try {
				this.closing.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
	}

	/** The headers of every request {@code path} received, oldest first. */
	public List<Headers> requests(String path) {
		return this.requests.getOrDefault(path, List.of());
	}

	/** Writes an answer; {@code chunked} leaves the length out. */
	public static void respond(HttpExchange exchange, int status, String contentType, byte[] body, boolean chunked)
			throws IOException {
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, chunked ? 0 : (body.length == 0 ? -1 : body.length));
		if (body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	@Override
	public void close() {
		this.closing.countDown();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
