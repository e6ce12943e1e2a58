package io.pactwatch.extraction.extractor.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the extractor's tab-separated data files from the classpath ({@code extraction/...}).
 * Blank lines and lines starting with {@code #} are skipped; {@code ## NAME} lines are kept so
 * that a file can be divided into sections.
 */
public final class DataFile {

	private DataFile() {
	}

	/** The meaningful lines of a data file, each split on tabs. */
	public static List<String[]> rows(String resource) {
		List<String[]> rows = new ArrayList<>();
		for (String line : lines(resource)) {
			rows.add(line.split("\t"));
		}
		return rows;
	}

	/** The meaningful lines of a data file. */
	public static List<String> lines(String resource) {
		try (InputStream in = open(resource);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<String> lines = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || (trimmed.startsWith("#") && !trimmed.startsWith("## "))) {
					continue;
				}
				lines.add(trimmed);
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read data file " + resource, ex);
		}
	}

	/** Opens a classpath resource, failing clearly when it is missing. */
	public static InputStream open(String resource) throws IOException {
		InputStream in = DataFile.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IOException("Missing classpath resource " + resource);
		}
		return in;
	}

}
