package io.pactwatch.alert.intake;

/** A record that decoded but cannot be a milestone event: not retried, dead-lettered. */
class InvalidMilestoneEventException extends RuntimeException {

	InvalidMilestoneEventException(String message) {
		super(message);
	}

	InvalidMilestoneEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
