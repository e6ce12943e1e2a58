package io.pactwatch.local.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.pactwatch.schemas.AvroSerde;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneMention;
import io.pactwatch.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Any Kafka consumer may read pactwatch's topics; this one follows
 * {@code agreement.mentions.v1} and {@code agreement.milestones.v1} for the demo.
 */
public final class TopicWatcher implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final AvroSerde<MilestoneMention> mentionSerde = AvroSerde.of(MilestoneMention.class);

	private final AvroSerde<MilestoneEvent> eventSerde = AvroSerde.of(MilestoneEvent.class);

	private final List<MilestoneMention> mentions = new CopyOnWriteArrayList<>();

	private final List<MilestoneEvent> events = new CopyOnWriteArrayList<>();

	private final List<Consumer<MilestoneEvent>> eventListeners = new CopyOnWriteArrayList<>();

	private final Thread poller;

	private volatile boolean running = true;

	public TopicWatcher(String bootstrapServers) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "local-stack-watcher-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				// read only what the extraction transactions committed
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
				new ByteArrayDeserializer());
		this.consumer.subscribe(List.of(Topics.AGREEMENT_MENTIONS, Topics.AGREEMENT_MILESTONES));
		this.poller = new Thread(this::poll, "topic-watcher");
		this.poller.setDaemon(true);
		this.poller.start();
	}

	public void onEvent(Consumer<MilestoneEvent> listener) {
		this.eventListeners.add(listener);
	}

	public List<MilestoneMention> mentions() {
		return List.copyOf(this.mentions);
	}

	public List<MilestoneEvent> events() {
		return List.copyOf(this.events);
	}

	private void poll() {
		try {
			while (this.running) {
				for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(200))) {
					if (record.topic().equals(Topics.AGREEMENT_MENTIONS)) {
						this.mentions.add(this.mentionSerde.deserialize(record.topic(), record.value()));
					}
					else {
						MilestoneEvent event = this.eventSerde.deserialize(record.topic(), record.value());
						this.events.add(event);
						this.eventListeners.forEach((listener) -> listener.accept(event));
					}
				}
			}
		}
		catch (WakeupException stopping) {
			// closed
		}
		finally {
			this.consumer.close();
		}
	}

	@Override
	public void close() {
		this.running = false;
		this.consumer.wakeup();
		try {
			this.poller.join(5_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
