package io.pactwatch.alert.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When to try a delivery: the n-th entry is the wait before the n-th attempt, counted
 * from the previous failure (the first from the event's arrival). Standard Webhooks
 * recommends immediately, 5 seconds, 5 minutes, 30 minutes, 2 hours, 5 hours, 10 hours
 * and 10 hours: eight attempts over about a day.
 */
public final class RetrySchedule {

	private final List<Duration> delays;

	public RetrySchedule(List<Duration> delays) {
		if (delays.isEmpty()) {
			throw new IllegalArgumentException("A retry schedule needs at least one attempt");
		}
		this.delays = List.copyOf(delays);
	}

	/** The wait before the first attempt. */
	public Duration firstDelay() {
		return this.delays.get(0);
	}

	/** How many attempts a delivery gets before it is FAILED. */
	public int maxAttempts() {
		return this.delays.size();
	}

	/**
	 * The wait before the next attempt, after {@code failedAttempts} attempts all failed;
	 * empty when none is left.
	 */
	public Optional<Duration> delayAfter(int failedAttempts) {
		if (failedAttempts < 1) {
			throw new IllegalArgumentException("failedAttempts must be at least 1, was " + failedAttempts);
		}
		return (failedAttempts < this.delays.size()) ? Optional.of(this.delays.get(failedAttempts)) : Optional.empty();
	}

	@Override
	public String toString() {
		return "RetrySchedule" + this.delays;
	}

}
