package io.pactwatch.alert.web;

import java.time.Duration;
import java.util.UUID;

import io.pactwatch.alert.support.AlertServiceTest;
import io.pactwatch.alert.support.SubscriptionsApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Requests that follow each other closely on one keep-alive connection are all answered.
 * Reactor Netty 1.3.7 left about one in forty unanswered when the previous response was quick
 * (an error answered before the handler chain wound down): the client waited for ever. The
 * services set {@code reactor.netty.http.server.lastFlushWhenNoRead} against it (see
 * {@code AlertServiceApplication}), and so does the build for tests.
 */
@AlertServiceTest
class KeepAliveIT {

	private static final int ROUNDS = 500;

	private final ConnectionProvider oneConnection = ConnectionProvider.create("keep-alive-test", 1);

	@Autowired
	private WebTestClient anonymous;

	@LocalServerPort
	private int port;

	@AfterEach
	void closeConnection() {
		this.oneConnection.dispose();
	}

	@Test
	void everyRequestOnOneKeepAliveConnectionIsAnswered() {
		String apiKey = new SubscriptionsApi(this.anonymous).apiKey();
		WebTestClient client = WebTestClient
			.bindToServer(new ReactorClientHttpConnector(HttpClient.create(this.oneConnection)))
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(5))
			.build();
		for (int i = 0; i < ROUNDS; i++) {
			// answered at once, on the event loop
			client.get().uri("/api/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isUnauthorized();
			// answered after a database lookup, off the event loop
			client.get()
				.uri("/api/subscriptions/{id}", UUID.randomUUID())
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey)
				.exchange()
				.expectStatus()
				.isNotFound();
		}
	}

}
