package io.pactwatch.local;

import java.io.File;
import java.time.Duration;
import java.util.List;

import io.pactwatch.local.demo.PactwatchClient;
import io.pactwatch.local.demo.StoryArticle;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production-like stack of {@code docker-compose.yml}, built from the services'
 * Dockerfiles. Needs a Docker engine: skipped where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class DockerComposeStackIT {

	/** The compose file's default admin key for alert-service. */
	private static final String ADMIN_KEY = "change-me-pactwatch-admin-key";

	@Container
	static final ComposeContainer compose = new ComposeContainer(new File("../docker-compose.yml")).withBuild(true)
		.withStartupTimeout(Duration.ofMinutes(15))
		.withExposedService("ingest-service", 8081, Wait.forHttp("/actuator/health").forStatusCode(200))
		.withExposedService("extraction-service", 8082, Wait.forHttp("/actuator/health").forStatusCode(200))
		.withExposedService("alert-service", 8083, Wait.forHttp("/actuator/health").forStatusCode(200));

	@Test
	void theComposedServicesTakeArticlesAndSubscriptions() {
		PactwatchClient client = new PactwatchClient(url("ingest-service", 8081), url("alert-service", 8083));

		JsonNode accepted = client.submitArticle(new StoryArticle("Compose Wire", null, "Japan and India sign defence pact",
				"Japan and India signed a defence cooperation agreement in Tokyo on Monday.", "2024-05-07T08:00:00Z"));
		String apiKey = client.createTenant(ADMIN_KEY, "compose-test").path("apiKey").path("key").asText();
		// a public address: alert-service refuses webhooks to private ones
		JsonNode subscription = client.subscribeWebhook(apiKey, "compose", "https://93.184.215.14/pactwatch",
				List.of("JPN"), List.of("SIGNED"), List.of());

		assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
		assertThat(subscription.path("webhook").path("secret").asText()).startsWith("whsec_");
	}

	private static String url(String service, int port) {
		return "http://" + compose.getServiceHost(service, port) + ":" + compose.getServicePort(service, port);
	}

}
