package io.pactwatch.ingest.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic at start-up, from a chosen offset of each partition up to the end it had when
 * the read began: how ingest-service gets back the state it keeps in Kafka. It reads without
 * a consumer group (nothing is committed) and never creates the topic by asking for it.
 */
public final class TopicReader {

	private final Map<String, Object> consumerProperties;

	private final Duration timeout;

	public TopicReader(Map<String, Object> consumerProperties, Duration timeout) {
		this.consumerProperties = new HashMap<>(consumerProperties);
		this.consumerProperties.remove(ConsumerConfig.GROUP_ID_CONFIG);
		this.consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		// asking for the metadata of a topic that does not exist yet must not create it with broker defaults
		this.consumerProperties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		this.consumerProperties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
		this.timeout = timeout;
	}

	/**
	 * Hands each record from {@code start} to the end to {@code handler}, oldest first per
	 * partition, and answers how many it read: none when the topic does not exist. Stops at
	 * the timeout with what it has read; a broker that cannot be reached is a
	 * {@link org.apache.kafka.common.KafkaException}.
	 */
	public <V> int read(String topic, Deserializer<V> values, Start start, Consumer<ConsumerRecord<String, V>> handler) {
		long deadline = System.nanoTime() + this.timeout.toNanos();
		try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(this.consumerProperties, new StringDeserializer(),
				values)) {
			List<PartitionInfo> partitions = consumer.partitionsFor(topic, this.timeout);
			if (partitions == null || partitions.isEmpty()) {
				return 0;
			}
			List<TopicPartition> assigned = partitions.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(assigned);
			Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(assigned, this.timeout);
			Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, this.timeout);
			for (TopicPartition partition : assigned) {
				consumer.seek(partition, start.offset(beginnings.get(partition), ends.get(partition), assigned.size()));
			}
			int read = 0;
			while (!caughtUp(consumer, ends) && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
					handler.accept(record);
					read++;
				}
			}
			return read;
		}
	}

	private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
		return ends.entrySet().stream().allMatch((end) -> consumer.position(end.getKey()) >= end.getValue());
	}

	/** Where the read of each partition starts. */
	@FunctionalInterface
	public interface Start {

		long offset(long beginning, long end, int partitions);

		/** The whole topic: a compacted topic's every key. */
		static Start beginning() {
			return (beginning, end, partitions) -> beginning;
		}

		/** About the last {@code records} records of the topic, shared out evenly over its partitions. */
		static Start last(int records) {
			return (beginning, end, partitions) -> Math.max(beginning, end - Math.max(1, records / partitions));
		}

	}

}
