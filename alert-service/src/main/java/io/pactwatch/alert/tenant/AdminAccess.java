package io.pactwatch.alert.tenant;

/**
 * Proof that a request carries the operator's admin key: a controller method that takes an
 * {@code AdminAccess} parameter answers only to it.
 */
public final class AdminAccess {

	static final AdminAccess GRANTED = new AdminAccess();

	private AdminAccess() {
	}

}
