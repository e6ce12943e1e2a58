package io.pactwatch.ingest.bulk;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * Splits a streamed body into its lines (LF or CRLF), numbered from 1, as the bytes
 * arrive: a line is decoded as soon as its end is read, so memory holds one line, not
 * the body. A line longer than the limit is not kept: it comes out as a problem and the
 * next line is read as usual; so does a line that is not UTF-8. Blank lines are skipped
 * (but counted).
 */
final class NdjsonLines {

	private NdjsonLines() {
	}

	/**
	 * One line.
	 *
	 * @param number from 1
	 * @param text the line without its end, or {@code null} when it had a problem
	 * @param problem what was wrong with it, or {@code null}
	 */
	record Line(long number, String text, String problem) {
	}

	static Flux<Line> split(Flux<DataBuffer> body, long maxLineBytes) {
		return Flux.defer(() -> {
			Splitter splitter = new Splitter(maxLineBytes);
			return body.concatMapIterable(splitter::feed).concatWith(Flux.defer(() -> Flux.fromIterable(splitter.finish())));
		});
	}

	private static final class Splitter {

		private final long maxLineBytes;

		private final ByteArrayOutputStream current = new ByteArrayOutputStream();

		private long currentLength;

		private long number;

		Splitter(long maxLineBytes) {
			this.maxLineBytes = maxLineBytes;
		}

		List<Line> feed(DataBuffer buffer) {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			List<Line> lines = new ArrayList<>();
			int start = 0;
			for (int i = 0; i < bytes.length; i++) {
				if (bytes[i] == '\n') {
					append(bytes, start, i - start);
					endLine(lines);
					start = i + 1;
				}
			}
			append(bytes, start, bytes.length - start);
			return lines;
		}

		List<Line> finish() {
			List<Line> lines = new ArrayList<>(1);
			if (this.currentLength > 0) {
				endLine(lines);
			}
			return lines;
		}

		private void append(byte[] bytes, int offset, int length) {
			if (this.currentLength + length <= this.maxLineBytes) {
				this.current.write(bytes, offset, length);
			}
			this.currentLength += length;
		}

		private void endLine(List<Line> lines) {
			this.number++;
			long length = this.currentLength;
			byte[] bytes = this.current.toByteArray();
			this.current.reset();
			this.currentLength = 0;
			if (length > this.maxLineBytes) {
				lines.add(new Line(this.number, null, "The line is longer than the limit of " + this.maxLineBytes
						+ " bytes."));
				return;
			}
			int end = bytes.length;
			if (end > 0 && bytes[end - 1] == '\r') {
				end--;
			}
			try {
				String text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, 0, end))
					.toString();
				if (!text.isBlank()) {
					lines.add(new Line(this.number, text, null));
				}
			}
			catch (CharacterCodingException ex) {
				lines.add(new Line(this.number, null, "The line is not valid UTF-8."));
			}
		}

	}

}
