package io.pactwatch.extraction.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import io.pactwatch.extraction.extractor.MilestoneExtractor;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTests {

	private static final MilestoneExtractor EXTRACTOR = MilestoneExtractor.createDefault();

	private final ObjectMapper mapper = JsonMapper.builder().build();

	@Test
	void writesOnePredictionLinePerArticleAndSkipsMalformedLines(@TempDir Path dir) throws Exception {
		Path in = dir.resolve("in.articles.jsonl");
		Path out = dir.resolve("out.pred.jsonl");
		Files.write(in, List.of(
				"{\"id\":\"a1\",\"source\":\"Test\",\"url\":null,\"title\":\"Pact\",\"body\":\"Chile and Peru signed a trade pact on Monday.\",\"publishedAt\":\"2019-05-10T00:00:00Z\",\"language\":\"en\"}",
				"not json at all",
				"{\"title\":\"no id\"}",
				"",
				"{\"id\":\"a2\",\"title\":\"Weather\",\"body\":\"It rained.\",\"publishedAt\":null}"),
				StandardCharsets.UTF_8);
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		ExtractCommand command = new ExtractCommand(EXTRACTOR, this.mapper, new PrintStream(log, true, StandardCharsets.UTF_8));

		ExtractCommand.Summary summary = command.run(in, out);

		assertThat(summary).isEqualTo(new ExtractCommand.Summary(2, 1, 2));
		assertThat(log.toString(StandardCharsets.UTF_8)).contains(":2: skipped", ":3: skipped");
		List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(2);
		JsonNode first = this.mapper.readTree(lines.get(0));
		assertThat(first.get("id").asString()).isEqualTo("a1");
		JsonNode milestone = first.get("milestones").get(0);
		assertThat(milestone.get("parties").toString()).isEqualTo("[\"CHL\",\"PER\"]");
		assertThat(milestone.get("milestone").asString()).isEqualTo("SIGNED");
		assertThat(milestone.get("status").asString()).isEqualTo("OCCURRED");
		assertThat(milestone.get("date").asString()).isEqualTo("2019-05-06");
		assertThat(milestone.get("evidence").asString()).isEqualTo("Chile and Peru signed a trade pact on Monday.");
		assertThat(this.mapper.readTree(lines.get(1)).get("milestones").size()).isZero();
	}

}
