package io.pactwatch.extraction.cli;

import java.util.List;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.pactwatch.extraction.extractor.ExtractedMilestone;

/** Writes eval/EVAL.md prediction lines: {@code {"id": ..., "milestones": [...]}}. */
final class PredictionLines {

	private final ObjectMapper mapper;

	PredictionLines(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	String format(String id, List<ExtractedMilestone> milestones) {
		ObjectNode line = this.mapper.createObjectNode();
		line.put("id", id);
		ArrayNode array = line.putArray("milestones");
		for (ExtractedMilestone m : milestones) {
			ObjectNode node = array.addObject();
			ArrayNode parties = node.putArray("parties");
			m.parties().forEach(parties::add);
			node.put("milestone", m.milestone().name());
			node.put("status", m.status().name());
			if (m.instrument() != null) {
				node.put("instrument", m.instrument().name());
			}
			if (m.domain() != null) {
				node.put("domain", m.domain().name());
			}
			if (m.date() != null) {
				node.put("date", m.date().iso());
			}
			node.put("evidence", m.evidence());
		}
		return this.mapper.writeValueAsString(line);
	}

}
