package io.pactwatch.extraction.extractor;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pactwatch.extraction.extractor.classify.AreasClassifier;
import io.pactwatch.extraction.extractor.classify.DomainClassifier;
import io.pactwatch.extraction.extractor.classify.InstrumentClassifier;
import io.pactwatch.extraction.extractor.date.DateFinder;
import io.pactwatch.extraction.extractor.date.TermFinder;
import io.pactwatch.extraction.extractor.party.OrganisationFinder;
import io.pactwatch.extraction.extractor.party.PartyFinder;
import io.pactwatch.extraction.extractor.party.PartyGazetteer;
import io.pactwatch.extraction.extractor.party.PartySelector;
import io.pactwatch.extraction.extractor.status.StatusClassifier;
import io.pactwatch.extraction.extractor.text.Inflections;
import io.pactwatch.extraction.extractor.text.KeywordPrefilter;
import io.pactwatch.extraction.extractor.text.NlpPipeline;
import io.pactwatch.extraction.extractor.text.WordClasses;
import io.pactwatch.extraction.extractor.trigger.TriggerFinder;
import io.pactwatch.extraction.extractor.trigger.TriggerLexicon;
import io.pactwatch.extraction.extractor.trigger.TriggerPattern;

/**
 * Reads agreement milestones out of news articles. A plain library: no Kafka, no Spring.
 * Thread-safe; never throws on article content.
 */
public final class MilestoneExtractor {

	/** Changes whenever the rules or the data files change what is extracted. */
	public static final String VERSION = "0.5.2";

	private static final Logger log = LoggerFactory.getLogger(MilestoneExtractor.class);

	private static final String DATA = "extraction/";

	private final ArticleReader reader;

	private final AtomicLong failures = new AtomicLong();

	MilestoneExtractor(ArticleReader reader) {
		this.reader = reader;
	}

	/** An extractor with the bundled English models and data files. Loading takes about a second. */
	public static MilestoneExtractor createDefault() {
		WordClasses words = WordClasses.load(DATA + "word-classes.tsv");
		TriggerLexicon lexicon = TriggerLexicon.load(DATA + "triggers.tsv");
		Inflections inflections = Inflections.load(DATA + "irregular-verbs.tsv");
		DateFinder dates = new DateFinder();
		ArticleReader reader = new ArticleReader(NlpPipeline.loadEnglish(inflections),
				new KeywordPrefilter(lexicon.requiredForms(words, inflections)),
				new KeywordPrefilter(lexicon.requiredForms(words, inflections, p -> !p.needsNamedParties())),
				new TriggerFinder(lexicon, words), new StatusClassifier(words),
				new PartyFinder(PartyGazetteer.load(DATA + "party-aliases.tsv"), new OrganisationFinder()),
				new PartySelector(words), dates, new TermFinder(dates), DomainClassifier.load(DATA + "domains.tsv"),
				InstrumentClassifier.load(DATA + "instruments.tsv", words), AreasClassifier.load(DATA + "areas.tsv"),
				words);
		MilestoneExtractor extractor = new MilestoneExtractor(reader);
		extractor.warmUp();
		return extractor;
	}

	/** Runs the whole pipeline once, so that the first real article does not pay for class loading. */
	private void warmUp() {
		extract(new ArticleText("warm-up", "Warm-up", "Ruritania and Freedonia signed a trade agreement on Monday, "
				+ "officials said. Talks on a second accord will resume next month.", java.time.Instant.EPOCH, "en"));
	}

	/** The milestones the article reports, one per agreement, milestone and status. */
	public List<ExtractedMilestone> extract(ArticleText article) {
		if (article == null) {
			return List.of();
		}
		try {
			return this.reader.read(article, this.failures::incrementAndGet);
		}
		catch (RuntimeException | StackOverflowError ex) {
			this.failures.incrementAndGet();
			log.warn("Extraction failed for article {}", article.id(), ex);
			return List.of();
		}
	}

	/** How many times reading an article (or a sentence of one) failed and was skipped, since creation. */
	public long failureCount() {
		return this.failures.get();
	}

}
