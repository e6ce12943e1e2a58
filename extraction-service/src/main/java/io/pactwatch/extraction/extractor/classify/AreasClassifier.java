package io.pactwatch.extraction.extractor.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Areas of cooperation an agreement covers ({@code extraction/areas.tsv}), from the sentences about it. */
public final class AreasClassifier {

	private final KeywordTable table;

	private AreasClassifier(KeywordTable table) {
		this.table = table;
	}

	public static AreasClassifier load(String resource) {
		return new AreasClassifier(KeywordTable.load(resource));
	}

	public List<String> areas(String text) {
		List<String> areas = new ArrayList<>();
		for (Map.Entry<String, Integer> entry : this.table.scores(text).entrySet()) {
			if (entry.getValue() > 0) {
				areas.add(entry.getKey());
			}
		}
		return areas;
	}

}
