package io.pactwatch.ingest.bulk;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static org.assertj.core.api.Assertions.assertThat;

class NdjsonLinesTests {

	@Test
	void linesAndCharactersSplitAcrossChunksComeOutWhole() {
		List<NdjsonLines.Line> lines = split("{\"title\":\"Accord signé\"}\r\n\n{\"title\":\"Договор\"}", 3, 100);

		assertThat(lines).extracting(NdjsonLines.Line::number).containsExactly(1L, 3L);
		assertThat(lines).extracting(NdjsonLines.Line::text)
			.containsExactly("{\"title\":\"Accord signé\"}", "{\"title\":\"Договор\"}");
	}

	@Test
	void aLineOverTheLimitIsAProblemAndTheNextLineIsRead() {
		List<NdjsonLines.Line> lines = split("x".repeat(50) + "\nshort", 7, 10);

		assertThat(lines.get(0).problem()).contains("longer than the limit of 10 bytes");
		assertThat(lines.get(1).text()).isEqualTo("short");
	}

	@Test
	void bytesThatAreNotUtf8AreAProblemOfTheirLine() {
		byte[] latin1 = "caf\u00e9\nok".getBytes(StandardCharsets.ISO_8859_1);

		List<NdjsonLines.Line> lines = NdjsonLines
			.split(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(latin1)), 100)
			.collectList()
			.block();

		assertThat(lines.get(0).problem()).contains("not valid UTF-8");
		assertThat(lines.get(1).text()).isEqualTo("ok");
	}

	private static List<NdjsonLines.Line> split(String body, int chunk, long maxLine) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		Flux<DataBuffer> chunks = Flux.range(0, (bytes.length + chunk - 1) / chunk)
			.map((i) -> DefaultDataBufferFactory.sharedInstance
				.wrap(Arrays.copyOfRange(bytes, i * chunk, Math.min(bytes.length, (i + 1) * chunk))));
		return NdjsonLines.split(chunks, maxLine).collectList().block();
	}

}
