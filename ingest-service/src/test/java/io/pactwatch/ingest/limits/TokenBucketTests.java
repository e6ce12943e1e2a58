package io.pactwatch.ingest.limits;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTests {

	private final AtomicLong now = new AtomicLong();

	private final TokenBucket bucket = new TokenBucket(10, 2, this.now::get);

	@Test
	void aFullBucketGivesItsBurstThenRefillsAtItsRate() {
		assertThat(this.bucket.tryTake()).isTrue();
		assertThat(this.bucket.tryTake()).isTrue();
		assertThat(this.bucket.tryTake()).isFalse();
		assertThat(this.bucket.untilNext()).isEqualTo(Duration.ofMillis(100));

		this.now.addAndGet(Duration.ofMillis(100).toNanos());

		assertThat(this.bucket.tryTake()).isTrue();
		assertThat(this.bucket.tryTake()).isFalse();
	}

	@Test
	void reservingBeyondTheBurstSaysHowLongToWait() {
		assertThat(this.bucket.reserve()).isZero();
		assertThat(this.bucket.reserve()).isZero();
		assertThat(this.bucket.reserve()).isEqualTo(Duration.ofMillis(100));
		assertThat(this.bucket.reserve()).isEqualTo(Duration.ofMillis(200));
	}

	@Test
	void aQuietSpellFillsTheBucketNoFurtherThanItsSize() {
		this.now.addAndGet(Duration.ofHours(1).toNanos());

		assertThat(this.bucket.tryTake()).isTrue();
		assertThat(this.bucket.tryTake()).isTrue();
		assertThat(this.bucket.tryTake()).isFalse();
	}

}
