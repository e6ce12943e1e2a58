package io.pactwatch.netguard;

import java.net.UnknownHostException;

/** A host that resolves to an address pactwatch may not reach (see {@link AddressGuard}). */
public class BlockedAddressException extends UnknownHostException {

	public BlockedAddressException(String message) {
		super(message);
	}

	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
