package io.pactwatch.schemas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serializer, deserializer and serde for pactwatch's generated Avro classes, in
 * Avro single-object encoding: a two-byte marker, the writer schema's 64-bit
 * fingerprint, then the binary datum. No schema registry is needed; the reader resolves
 * the fingerprint against the current schema and the released versions in
 * {@link SchemaHistory}. Thread-safe.
 *
 * <p>Configured by class name (as Kafka clients do) it reads the record class from
 * {@value #VALUE_TYPE_CONFIG} or {@value #KEY_TYPE_CONFIG}.
 *
 * @param <T> the generated record class
 */
public class AvroSerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {

	/** Client property naming the generated class of record values. */
	public static final String VALUE_TYPE_CONFIG = "pactwatch.avro.value.type";

	/** Client property naming the generated class of record keys. */
	public static final String KEY_TYPE_CONFIG = "pactwatch.avro.key.type";

	static {
		TrustedSchemas.register();
	}

	private Class<T> type;

	private BinaryMessageEncoder<T> encoder;

	private BinaryMessageDecoder<T> decoder;

	/** For Kafka clients that instantiate by class name; {@link #configure} sets the type. */
	public AvroSerde() {
	}

	public AvroSerde(Class<T> type) {
		init(type);
	}

	public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
		return new AvroSerde<>(type);
	}

	@Override
	@SuppressWarnings("unchecked")
	public void configure(Map<String, ?> configs, boolean isKey) {
		if (this.type != null) {
			return;
		}
		Object configured = configs.get(isKey ? KEY_TYPE_CONFIG : VALUE_TYPE_CONFIG);
		if (configured == null) {
			throw new IllegalStateException("AvroSerde needs '" + (isKey ? KEY_TYPE_CONFIG : VALUE_TYPE_CONFIG)
					+ "' to name the generated record class");
		}
		try {
			Class<?> resolved = (configured instanceof Class<?> c) ? c
					: Class.forName(configured.toString(), true, Thread.currentThread().getContextClassLoader());
			init((Class<T>) resolved.asSubclass(SpecificRecord.class));
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("AvroSerde cannot load record class " + configured, ex);
		}
	}

	private void init(Class<T> type) {
		this.type = type;
		SpecificData model = SpecificData.getForClass(type);
		Schema schema = model.getSchema(type);
		this.encoder = new BinaryMessageEncoder<>(model, schema);
		this.decoder = new BinaryMessageDecoder<>(model, schema, SchemaHistory.storeFor(schema));
	}

	@Override
	public byte[] serialize(String topic, T data) {
		if (data == null) {
			return null;
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream(256);
			this.encoder.encode(data, out);
			return out.toByteArray();
		}
		catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException ex) {
			throw new SerializationException("Cannot write " + this.type.getSimpleName() + " for topic " + topic + ": "
					+ ex.getMessage(), ex);
		}
	}

	@Override
	public T deserialize(String topic, byte[] data) {
		if (data == null) {
			return null;
		}
		try {
			return this.decoder.decode(data);
		}
		catch (BadHeaderException ex) {
			throw new SerializationException("Not an Avro single-object encoded " + this.type.getSimpleName()
					+ " on topic " + topic + ": " + ex.getMessage(), ex);
		}
		catch (MissingSchemaException ex) {
			throw new SerializationException("Unknown writer schema for " + this.type.getSimpleName() + " on topic "
					+ topic + " (a newer producer, or another record type): " + ex.getMessage(), ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new SerializationException("Corrupt " + this.type.getSimpleName() + " on topic " + topic + ": "
					+ ex.getMessage(), ex);
		}
	}

	@Override
	public Serializer<T> serializer() {
		return this;
	}

	@Override
	public Deserializer<T> deserializer() {
		return this;
	}

	@Override
	public void close() {
		// nothing to release: the serde is shared by the producer and consumer sides
	}

}
