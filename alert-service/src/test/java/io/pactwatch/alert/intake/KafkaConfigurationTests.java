package io.pactwatch.alert.intake;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaConfigurationTests {

	@Test
	void unreachableDatabaseIsWaitedFor() {
		assertThat(KafkaConfiguration.databaseUnavailable(
				new ListenerExecutionFailedException("listener failed", new CannotGetJdbcConnectionException("down"))))
			.isTrue();
		assertThat(KafkaConfiguration.databaseUnavailable(new ListenerExecutionFailedException("listener failed",
				new CannotCreateTransactionException("no connection")))).isTrue();
	}

	@Test
	void deadLetterNamesTheRecordsOwnFailureNotTheBatchWrapper() {
		InvalidMilestoneEventException invalid = new InvalidMilestoneEventException("bad");
		Exception thrown = new ListenerExecutionFailedException("listener failed",
				new BatchListenerFailedException("bad", invalid, 3));

		Exception unwrapped = KafkaConfiguration.unwrapped(thrown);

		assertThat(unwrapped.getCause()).isSameAs(invalid);
		IllegalStateException other = new IllegalStateException("x");
		assertThat(KafkaConfiguration.unwrapped(other)).isSameAs(other);
	}

	@Test
	void otherFailuresAreRetriedAFewTimesThenDeadLettered() {
		assertThat(KafkaConfiguration.databaseUnavailable(new ListenerExecutionFailedException("listener failed",
				new InvalidMilestoneEventException("bad")))).isFalse();
		assertThat(KafkaConfiguration.databaseUnavailable(new DuplicateKeyException("dup"))).isFalse();
		assertThat(KafkaConfiguration.databaseUnavailable(new IllegalStateException())).isFalse();
	}

}
