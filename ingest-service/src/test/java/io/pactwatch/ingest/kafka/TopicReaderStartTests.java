package io.pactwatch.ingest.kafka;

import io.pactwatch.ingest.kafka.TopicReader.Start;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicReaderStartTests {

	@Test
	void theLastRecordsAreSharedOutOverThePartitions() {
		assertThat(Start.last(1000).offset(0, 5000, 4)).isEqualTo(4750);
	}

	@Test
	void aPartitionShorterThanItsShareIsReadWhole() {
		assertThat(Start.last(1000).offset(120, 300, 2)).isEqualTo(120);
	}

	@Test
	void morePartitionsThanRecordsStillReadTheLastOfEach() {
		assertThat(Start.last(2).offset(0, 50, 8)).isEqualTo(49);
	}

	@Test
	void theBeginningIsTheFirstOffsetKept() {
		assertThat(Start.beginning().offset(37, 90, 3)).isEqualTo(37);
	}

}
