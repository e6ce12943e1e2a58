package io.pactwatch.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

/**
 * The released versions of each record schema, kept as classpath resources
 * {@code avro-history/<Name>.v<N>.avsc} (N from 1, without gaps). A reader needs them
 * to decode records that older producers wrote: single-object encoding carries only the
 * writer schema's fingerprint, not the schema itself.
 */
public final class SchemaHistory {

	private static final String LOCATION = "/avro-history/";

	private SchemaHistory() {
	}

	/** Every released version of the named record, oldest first; empty if none was released. */
	public static List<Schema> versionsOf(String recordName) {
		List<Schema> versions = new ArrayList<>();
		for (int version = 1;; version++) {
			try (InputStream in = SchemaHistory.class.getResourceAsStream(LOCATION + recordName + ".v" + version + ".avsc")) {
				if (in == null) {
					return versions;
				}
				versions.add(new Schema.Parser().parse(in));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read schema history of " + recordName, ex);
			}
		}
	}

	/** A schema store that knows every released version of the given record. */
	public static SchemaStore.Cache storeFor(Schema current) {
		SchemaStore.Cache store = new SchemaStore.Cache();
		store.addSchema(current);
		versionsOf(current.getName()).forEach(store::addSchema);
		return store;
	}

}
