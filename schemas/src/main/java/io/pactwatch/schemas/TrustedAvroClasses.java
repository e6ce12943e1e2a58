package io.pactwatch.schemas;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Avro 1.12 refuses to instantiate generated classes from packages it was not told to
 * trust. This adds the package of pactwatch's generated classes to the global
 * validator, keeping whatever was trusted before (system properties included).
 */
final class TrustedAvroClasses {

	private static final String PACKAGE_PREFIX = TrustedAvroClasses.class.getPackageName() + ".";

	private static volatile boolean registered;

	private TrustedAvroClasses() {
	}

	static void register() {
		if (registered) {
			return;
		}
		synchronized (TrustedAvroClasses.class) {
			if (!registered) {
				ClassSecurityPredicate pactwatch = (type) -> type.getName().startsWith(PACKAGE_PREFIX);
				ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), pactwatch));
				registered = true;
			}
		}
	}

}
