package io.pactwatch.extraction.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import io.pactwatch.extraction.extractor.ArticleText;
import io.pactwatch.extraction.extractor.ExtractedMilestone;
import io.pactwatch.extraction.extractor.MilestoneExtractor;

/**
 * Runs the extractor over an eval/EVAL.md articles file and writes a predictions file, one
 * line per article, for {@code eval/score.py}:
 *
 * <pre>
 * ExtractCommand IN.articles.jsonl OUT.pred.jsonl
 * ExtractCommand --bench IN.articles.jsonl [--threads N]   (see {@link ExtractBenchmark})
 * </pre>
 *
 * Malformed lines are reported on stderr and skipped; progress goes to stderr for big files.
 */
public final class ExtractCommand {

	private static final int PROGRESS_EVERY = 2000;

	private final MilestoneExtractor extractor;

	private final ArticleLines articles;

	private final PredictionLines predictions;

	private final PrintStream log;

	ExtractCommand(MilestoneExtractor extractor, ObjectMapper mapper, PrintStream log) {
		this.extractor = extractor;
		this.articles = new ArticleLines(mapper);
		this.predictions = new PredictionLines(mapper);
		this.log = log;
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && "--bench".equals(args[0])) {
			ExtractBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		if (args.length != 2) {
			System.err.println("usage: ExtractCommand IN.articles.jsonl OUT.pred.jsonl");
			System.err.println("       ExtractCommand --bench IN.articles.jsonl [--threads N]");
			System.exit(2);
		}
		ExtractCommand command = new ExtractCommand(MilestoneExtractor.createDefault(), JsonMapper.builder().build(),
				System.err);
		Summary summary = command.run(Path.of(args[0]), Path.of(args[1]));
		System.err.printf("%d articles, %d milestones, %d malformed lines skipped -> %s%n", summary.articles(),
				summary.milestones(), summary.malformed(), args[1]);
	}

	/** What a run did. */
	record Summary(int articles, int milestones, int malformed) {
	}

	Summary run(Path in, Path out) throws IOException {
		int articleCount = 0;
		int milestoneCount = 0;
		int malformed = 0;
		int lineNumber = 0;
		try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
				BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			String line;
			while ((line = reader.readLine()) != null) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				ArticleText article;
				try {
					article = this.articles.parse(line);
				}
				catch (ArticleLines.MalformedLineException ex) {
					malformed++;
					this.log.printf("%s:%d: skipped, %s%n", in, lineNumber, ex.getMessage());
					continue;
				}
				List<ExtractedMilestone> milestones = this.extractor.extract(article);
				writer.write(this.predictions.format(article.id(), milestones));
				writer.newLine();
				articleCount++;
				milestoneCount += milestones.size();
				if (articleCount % PROGRESS_EVERY == 0) {
					this.log.printf("%d articles, %d milestones%n", articleCount, milestoneCount);
				}
			}
		}
		return new Summary(articleCount, milestoneCount, malformed);
	}

}
