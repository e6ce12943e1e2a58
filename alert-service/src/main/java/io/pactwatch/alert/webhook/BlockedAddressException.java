package io.pactwatch.alert.webhook;

import java.net.UnknownHostException;

/** A webhook host that resolves to an address webhooks may not reach. */
public class BlockedAddressException extends UnknownHostException {

	public BlockedAddressException(String message) {
		super(message);
	}

	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
