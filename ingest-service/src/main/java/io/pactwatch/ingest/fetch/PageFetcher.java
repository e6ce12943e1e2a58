package io.pactwatch.ingest.fetch;

import io.pactwatch.netguard.GuardedAddressResolverGroup;
import io.pactwatch.netguard.BlockedAddressException;
import io.pactwatch.netguard.AddressGuard;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * GETs a page or a feed from the web, within limits: http and https only, every
 * connection (each redirect hop included) to an address the {@link AddressGuard} allows, resolved
 * once and connected to as checked; at most {@code maxRedirects} redirects; the body read
 * up to {@code maxSize}, refused beyond; the whole fetch within {@code timeout}. A conditional
 * request may answer 304. Error statuses and every other failure come back as a
 * {@link FetchException} that says why.
 */
@Component
public class PageFetcher implements DisposableBean {

	private final WebClient client;

	private final FetchProperties properties;

	private final ConnectionProvider connections;

	private final GuardedAddressResolverGroup resolver;

	PageFetcher(FetchProperties properties) {
		this.properties = properties;
		this.connections = ConnectionProvider.builder("fetch").maxConnections(64).maxIdleTime(Duration.ofSeconds(30)).build();
		this.resolver = new GuardedAddressResolverGroup(new AddressGuard(properties.allowList()));
		HttpClient http = HttpClient.create(this.connections)
			.resolver(this.resolver)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(properties.connectTimeout().toMillis()))
			.responseTimeout(properties.timeout())
			.followRedirect(false)
			.compress(true);
		this.client = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(http))
			.defaultHeader(HttpHeaders.USER_AGENT, properties.userAgent())
			.build();
	}

	@Override
	public void destroy() {
		this.connections.dispose();
		this.resolver.close();
	}

	/** Fetches the URL with no extra header. */
	public Mono<FetchedResource> fetch(URI url) {
		return fetch(url, new HttpHeaders());
	}

	/** Fetches the URL with the given request headers (e.g. {@code If-None-Match}). */
	public Mono<FetchedResource> fetch(URI url, HttpHeaders requestHeaders) {
		return hop(url, requestHeaders, 0)
			.timeout(this.properties.timeout(),
					Mono.error(() -> new FetchException(FetchException.Reason.TIMEOUT, url.toString(),
							"No complete answer from " + url.getHost() + " within " + this.properties.timeout().toMillis()
									+ " ms.")))
			.onErrorMap((ex) -> !(ex instanceof FetchException), (ex) -> describe(ex, url));
	}

	private Mono<FetchedResource> hop(URI url, HttpHeaders requestHeaders, int redirects) {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
			return Mono.error(new FetchException(FetchException.Reason.REFUSED, url.toString(),
					"Only absolute http and https URLs are fetched: " + url));
		}
		return this.client.get()
			.uri(url)
			.headers((headers) -> headers.addAll(requestHeaders))
			.exchangeToMono((response) -> answer(url, requestHeaders, redirects, response));
	}

	private Mono<FetchedResource> answer(URI url, HttpHeaders requestHeaders, int redirects, ClientResponse response) {
		int status = response.statusCode().value();
		if (response.statusCode().is3xxRedirection() && status != 304) {
			URI location = location(url, response.headers().asHttpHeaders().getFirst(HttpHeaders.LOCATION));
			if (location == null || redirects >= this.properties.maxRedirects()) {
				return response.releaseBody()
					.then(Mono.error(new FetchException(FetchException.Reason.TOO_MANY_REDIRECTS, url.toString(),
							(location == null) ? "A redirect from " + url + " without a usable Location."
									: "More than " + this.properties.maxRedirects() + " redirects from " + url + ".")));
			}
			return response.releaseBody().then(Mono.defer(() -> hop(location, requestHeaders, redirects + 1)));
		}
		if (status == 304) {
			return response.releaseBody()
				.thenReturn(new FetchedResource(url, status, response.headers().asHttpHeaders(), new byte[0]));
		}
		if (!response.statusCode().is2xxSuccessful()) {
			return response.releaseBody()
				.then(Mono.error(new FetchException(FetchException.Reason.HTTP_ERROR, url.toString(),
						url.getHost() + " answered HTTP " + status + ".")));
		}
		long maxSize = this.properties.maxSize().toBytes();
		long declared = response.headers().contentLength().orElse(-1);
		if (declared > maxSize) {
			return response.releaseBody().then(Mono.error(tooLarge(url, maxSize)));
		}
		return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), Math.toIntExact(maxSize))
			.map((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				return bytes;
			})
			.defaultIfEmpty(new byte[0])
			.onErrorMap(DataBufferLimitException.class, (ex) -> tooLarge(url, maxSize))
			.map((bytes) -> new FetchedResource(url, status, response.headers().asHttpHeaders(), bytes));
	}

	private static FetchException tooLarge(URI url, long maxSize) {
		return new FetchException(FetchException.Reason.TOO_LARGE, url.toString(),
				"The answer from " + url.getHost() + " is larger than the limit of " + maxSize + " bytes.");
	}

	private static URI location(URI base, String location) {
		if (location == null || location.isBlank()) {
			return null;
		}
		try {
			return base.resolve(location.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private FetchException describe(Throwable ex, URI url) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof FetchException fetch) {
				return fetch;
			}
			if (cause instanceof BlockedAddressException blocked) {
				return new FetchException(FetchException.Reason.REFUSED, url.toString(), "Refused: " + blocked.getMessage());
			}
			if (cause instanceof TimeoutException || cause instanceof ReadTimeoutException
					|| cause instanceof ConnectTimeoutException) {
				return new FetchException(FetchException.Reason.TIMEOUT, url.toString(),
						"No answer from " + url.getHost() + " in time.");
			}
			if (cause instanceof UnknownHostException || cause instanceof ConnectException) {
				return new FetchException(FetchException.Reason.UNREACHABLE, url.toString(),
						"Cannot reach " + url.getHost() + ": " + cause.getMessage());
			}
		}
		return new FetchException(FetchException.Reason.UNREACHABLE, url.toString(),
				"Cannot fetch " + url + ": " + ex.getClass().getSimpleName()
						+ ((ex.getMessage() != null) ? " " + ex.getMessage() : ""));
	}

}
