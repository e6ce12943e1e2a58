package io.pactwatch.alert.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at a real PostgreSQL: one embedded server (zonky) for the whole
 * test JVM, started on first use on 127.0.0.1 and stopped by its shutdown hook.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static EmbeddedPostgres postgres;

	public static synchronized EmbeddedPostgres postgres() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start embedded PostgreSQL", ex);
			}
		}
		return postgres;
	}

	public static String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + postgres().getPort() + "/postgres";
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres", Map.of("spring.datasource.url", jdbcUrl(),
					"spring.datasource.username", "postgres", "spring.datasource.password", "")));
	}

}
