package io.pactwatch.ingest.article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A MinHash signature of an article's body: 128 minima of independent hashes over its
 * five-word shingles. Two bodies whose shingle sets overlap by a fraction J (Jaccard
 * similarity) agree on about J of the signature's positions, so a syndicated copy of a
 * wire story (another headline, a dateline or a closing line added) agrees on most of
 * them, and a different story on almost none. The headline is left out on purpose.
 */
final class StorySignature {

	static final int LENGTH = 128;

	/** Locality-sensitive hashing: 16 bands of 8 positions; sharing one band makes a candidate. */
	static final int BANDS = 16;

	static final int ROWS = LENGTH / BANDS;

	private static final int SHINGLE = 5;

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final long[] SEEDS = seeds();

	private StorySignature() {
	}

	/** The signature of the body, or {@code null} when it has fewer than {@code minWords} words. */
	static int[] of(String body, int minWords) {
		String[] words = NON_WORD.split(ArticleIds.normalise(body).toLowerCase(Locale.ROOT));
		List<String> tokens = new ArrayList<>(words.length);
		for (String word : words) {
			if (!word.isEmpty()) {
				tokens.add(word);
			}
		}
		if (tokens.size() < Math.max(minWords, SHINGLE)) {
			return null;
		}
		int[] signature = new int[LENGTH];
		Arrays.fill(signature, Integer.MAX_VALUE);
		for (int start = 0; start + SHINGLE <= tokens.size(); start++) {
			long shingle = hash(String.join(" ", tokens.subList(start, start + SHINGLE)));
			for (int i = 0; i < LENGTH; i++) {
				int value = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
				if (value < signature[i]) {
					signature[i] = value;
				}
			}
		}
		return signature;
	}

	/** The estimated Jaccard similarity of the two bodies' shingle sets. */
	static double similarity(int[] a, int[] b) {
		int same = 0;
		for (int i = 0; i < LENGTH; i++) {
			if (a[i] == b[i]) {
				same++;
			}
		}
		return (double) same / LENGTH;
	}

	/** The key of one band of the signature. */
	static long bandKey(int[] signature, int band) {
		long key = band;
		for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
			key = mix(key * 31 + signature[i]);
		}
		return key;
	}

	private static long hash(String text) {
		long h = 0x9E3779B97F4A7C15L;
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			h = (h ^ b) * 0x100000001B3L;
		}
		return mix(h);
	}

	/** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
	private static long mix(long value) {
		long z = value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static long[] seeds() {
		long[] seeds = new long[LENGTH];
		long state = 42;
		for (int i = 0; i < LENGTH; i++) {
			state = mix(state);
			seeds[i] = state;
		}
		return seeds;
	}

}
