package io.pactwatch.alert.intake;

import java.util.Map;

import io.pactwatch.schemas.AvroSerde;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The one error handler of the Kafka listeners: retries with exponential back-off, then the
 * record goes to {@code <topic>.DLT} (same key, original bytes, the failure in headers).
 * Records that cannot be deserialized (the {@code ErrorHandlingDeserializer} around
 * {@link AvroSerde}, see application.yml) or are invalid are dead-lettered at once; while
 * the database is unreachable the record is retried until it is back, never dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	private static final long UNLIMITED = Long.MAX_VALUE;

	@Bean
	CommonErrorHandler kafkaErrorHandler(KafkaOperations<?, ?> kafkaTemplate, IntakeProperties intake) {
		// no partition: the dead-letter topic may have fewer partitions than the source topic
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafkaTemplate,
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
		// the dead letter names the record's own failure, not the batch listener's wrapper
		ConsumerRecordRecoverer recoverer = (record, ex) -> deadLetters.accept(record, unwrapped(ex));
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff(intake, intake.maxRetries()));
		handler.addNotRetryableExceptions(InvalidMilestoneEventException.class);
		// while the database is unreachable no record can be processed: wait for it, dead-letter none
		BackOff untilDatabaseIsBack = backOff(intake, UNLIMITED);
		handler.setBackOffFunction((record, ex) -> databaseUnavailable(ex) ? untilDatabaseIsBack : null);
		return handler;
	}

	/** The failure of the record itself, inside the {@link BatchListenerFailedException} that named it. */
	static Exception unwrapped(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof BatchListenerFailedException batch && batch.getCause() instanceof Exception failure) {
				return new ListenerExecutionFailedException(failure.getMessage(), failure);
			}
		}
		return ex;
	}

	/** Whether the failure says the database cannot be reached now, rather than that the record is bad. */
	static boolean databaseUnavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof CannotCreateTransactionException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The application's only producer publishes dead letters: String keys, and values that
	 * are the raw bytes of a record that could not be read, or the decoded event.
	 */
	@Bean
	@SuppressWarnings("unchecked")
	DefaultKafkaProducerFactoryCustomizer deadLetterSerializers() {
		return (factory) -> {
			DefaultKafkaProducerFactory<String, Object> producers = (DefaultKafkaProducerFactory<String, Object>) factory;
			producers.setKeySerializer(new StringSerializer());
			producers.setValueSerializer(new DelegatingByTypeSerializer(Map.of(byte[].class, new ByteArraySerializer(),
					MilestoneEvent.class, AvroSerde.of(MilestoneEvent.class))));
		};
	}

	@Bean
	NewTopic milestonesDeadLetterTopic(IntakeProperties intake) {
		return TopicBuilder.name(Topics.deadLetter(intake.topic()))
			.partitions(intake.deadLetterPartitions())
			.build();
	}

	private static ExponentialBackOff backOff(IntakeProperties intake, long maxRetries) {
		ExponentialBackOff backOff = new ExponentialBackOff(intake.initialBackOff().toMillis(), 2.0);
		backOff.setMaxInterval(intake.maxBackOff().toMillis());
		backOff.setMaxAttempts(maxRetries);
		return backOff;
	}

}
