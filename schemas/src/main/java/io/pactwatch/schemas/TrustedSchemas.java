package io.pactwatch.schemas;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Avro 1.12 refuses to load generated classes from packages it was not told to trust,
 * even to build a record whose field defaults to an empty list of records. This adds
 * the package of pactwatch's generated classes to the global validator, keeping whatever
 * was trusted before (system properties included). {@link AvroSerde} registers it; a
 * program that builds records before it touches a serde calls {@link #register()} first.
 */
public final class TrustedSchemas {

	private static final String PACKAGE_PREFIX = TrustedSchemas.class.getPackageName() + ".";

	private static volatile boolean registered;

	private TrustedSchemas() {
	}

	/** Trusts pactwatch's generated classes. Idempotent. */
	public static void register() {
		if (registered) {
			return;
		}
		synchronized (TrustedSchemas.class) {
			if (!registered) {
				ClassSecurityPredicate pactwatch = (type) -> type.getName().startsWith(PACKAGE_PREFIX);
				ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), pactwatch));
				registered = true;
			}
		}
	}

}
