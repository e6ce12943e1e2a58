package io.pactwatch.alert.delivery;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetryScheduleTests {

	private final RetrySchedule standard = new RetrySchedule(List.of(Duration.ZERO, Duration.ofSeconds(5),
			Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
			Duration.ofHours(10)));

	@Test
	void firstAttemptIsImmediate() {
		assertThat(this.standard.firstDelay()).isZero();
	}

	@Test
	void failedAttemptsAreFollowedByTheScheduledWaits() {
		assertThat(this.standard.delayAfter(1)).contains(Duration.ofSeconds(5));
		assertThat(this.standard.delayAfter(2)).contains(Duration.ofMinutes(5));
		assertThat(this.standard.delayAfter(7)).contains(Duration.ofHours(10));
	}

	@Test
	void noAttemptIsLeftAfterTheLast() {
		assertThat(this.standard.maxAttempts()).isEqualTo(8);
		assertThat(this.standard.delayAfter(8)).isEmpty();
		assertThat(this.standard.delayAfter(9)).isEmpty();
	}

	@Test
	void singleAttemptScheduleNeverRetries() {
		RetrySchedule once = new RetrySchedule(List.of(Duration.ofSeconds(1)));
		assertThat(once.firstDelay()).isEqualTo(Duration.ofSeconds(1));
		assertThat(once.delayAfter(1)).isEmpty();
	}

	@Test
	void scheduleNeedsAnAttemptAndCountsFromOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> this.standard.delayAfter(0));
	}

}
