package io.pactwatch.ingest.limits;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A token bucket refilled continuously at a fixed rate. Thread-safe. */
final class TokenBucket {

	private final double perNano;

	private final double capacity;

	private final LongSupplier nanoTime;

	private double tokens;

	private long refilledAt;

	TokenBucket(double perSecond, int burst, LongSupplier nanoTime) {
		this.perNano = perSecond / 1e9;
		this.capacity = Math.max(1, burst);
		this.nanoTime = nanoTime;
		this.tokens = this.capacity;
		this.refilledAt = nanoTime.getAsLong();
	}

	/** Takes a token if there is one. */
	synchronized boolean tryTake() {
		refill();
		if (this.tokens >= 1) {
			this.tokens -= 1;
			return true;
		}
		return false;
	}

	/** Takes a token now or in the future: the time the caller must wait before using it. */
	synchronized Duration reserve() {
		refill();
		this.tokens -= 1;
		return (this.tokens >= 0) ? Duration.ZERO : Duration.ofNanos((long) Math.ceil(-this.tokens / this.perNano));
	}

	/** How long until the next token. */
	synchronized Duration untilNext() {
		refill();
		return (this.tokens >= 1) ? Duration.ZERO : Duration.ofNanos((long) Math.ceil((1 - this.tokens) / this.perNano));
	}

	private void refill() {
		long now = this.nanoTime.getAsLong();
		this.tokens = Math.min(this.capacity, this.tokens + (now - this.refilledAt) * this.perNano);
		this.refilledAt = now;
	}

}
