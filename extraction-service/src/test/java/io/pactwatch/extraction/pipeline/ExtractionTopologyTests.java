package io.pactwatch.extraction.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.pactwatch.schemas.Agreement;
import io.pactwatch.schemas.Article;
import io.pactwatch.schemas.AvroSerde;
import io.pactwatch.schemas.Domain;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneMention;
import io.pactwatch.schemas.Topics;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.pactwatch.extraction.pipeline.Mentions.mention;
import static io.pactwatch.schemas.Milestone.SIGNED;
import static io.pactwatch.schemas.Milestone.TALKS;
import static io.pactwatch.schemas.MilestoneStatus.EXPECTED;
import static io.pactwatch.schemas.MilestoneStatus.OCCURRED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topology with a scripted reader in place of the NLP extractor: what the extractor
 * finds is its own tests' business; this is about what the pipeline does with it.
 */
class ExtractionTopologyTests {

	private final Map<String, List<MilestoneMention>> script = new HashMap<>();

	private final List<String> read = new ArrayList<>();

	private TopologyTestDriver driver;

	private TestInputTopic<String, Article> articles;

	private TestOutputTopic<String, MilestoneMention> mentions;

	private TestOutputTopic<String, MilestoneEvent> milestones;

	private TestOutputTopic<String, Agreement> states;

	@BeforeEach
	void startTopology() {
		StreamsBuilder builder = new StreamsBuilder();
		ExtractionTopology.build(builder, (article) -> {
			this.read.add(article.getId());
			return this.script.getOrDefault(article.getId(), List.of());
		}, Duration.ofDays(30));
		Properties config = new Properties();
		config.put(StreamsConfig.APPLICATION_ID_CONFIG, "extraction-test");
		config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
		config.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
		config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
		config.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
				LogAndContinueProcessingExceptionHandler.class);
		config.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.deadLetter(Topics.ARTICLES_RAW));
		this.driver = new TopologyTestDriver(builder.build(), config);
		this.articles = this.driver.createInputTopic(Topics.ARTICLES_RAW, new StringSerializer(),
				AvroSerde.of(Article.class));
		this.mentions = this.driver.createOutputTopic(Topics.AGREEMENT_MENTIONS, new StringDeserializer(),
				AvroSerde.of(MilestoneMention.class));
		this.milestones = this.driver.createOutputTopic(Topics.AGREEMENT_MILESTONES, new StringDeserializer(),
				AvroSerde.of(MilestoneEvent.class));
		this.states = this.driver.createOutputTopic(Topics.AGREEMENT_STATE, new StringDeserializer(),
				AvroSerde.of(Agreement.class));
	}

	@AfterEach
	void close() {
		this.driver.close();
	}

	@Test
	void theStoryOfASigningYieldsOneEventPerTransition() {
		publish("june", mention("june", TALKS, OCCURRED, Domain.SPACE, "2017-06", "CHN", "RUS"));
		publish("september", mention("september", SIGNED, EXPECTED, Domain.SPACE, "2017-10", "CHN", "RUS"));
		publish("october", mention("october", SIGNED, OCCURRED, Domain.SPACE, "2017-10-10", "RUS", "CHN"));
		publish("october-again", mention("october-again", SIGNED, OCCURRED, null, "2017-10", "CHN", "RUS"));

		List<MilestoneEvent> events = this.milestones.readValuesToList();
		assertThat(events).extracting((event) -> event.getMilestone() + "/" + event.getStatus())
			.containsExactly("TALKS/OCCURRED", "SIGNED/EXPECTED", "SIGNED/OCCURRED");
		assertThat(events).extracting(MilestoneEvent::getAgreementId).containsOnly(events.get(0).getAgreementId());

		List<TestRecord<String, MilestoneMention>> published = this.mentions.readRecordsToList();
		assertThat(published).hasSize(4)
			.allSatisfy((record) -> assertThat(record.key()).isEqualTo(events.get(0).getAgreementId())
				.isEqualTo(record.value().getAgreementId()));

		Agreement state = this.states.readKeyValuesToMap().get(events.get(0).getAgreementId());
		assertThat(state.getMilestones()).filteredOn((milestone) -> milestone.getMilestone() == SIGNED)
			.singleElement()
			.satisfies((signed) -> {
				assertThat(signed.getStatus()).isEqualTo(OCCURRED);
				assertThat(signed.getSupportingArticleIds()).containsExactly("october", "october-again");
			});
	}

	@Test
	void eventsAreKeyedByAgreementSoThatOneAgreementStaysInOrder() {
		publish("september", mention("september", SIGNED, EXPECTED, Domain.SPACE, "2017-10", "CHN", "RUS"));

		TestRecord<String, MilestoneEvent> event = this.milestones.readRecord();
		assertThat(event.key()).isEqualTo(event.value().getAgreementId());
	}

	@Test
	void twoOutletsGivingOneSigningDifferentDomainsYieldOneEvent() {
		publish("fisheries", mention("fisheries", SIGNED, OCCURRED, Domain.ENVIRONMENT, null, "ISL", "NOR"));
		publish("quotas", mention("quotas", SIGNED, OCCURRED, Domain.COMMODITY, null, "ISL", "NOR"));

		assertThat(this.milestones.readValuesToList()).hasSize(1);
	}

	@Test
	void aDealInAnotherDomainMonthsLaterIsAnotherAgreement() {
		publish("space", mention("space", SIGNED, OCCURRED, Domain.SPACE, null, "CHN", "RUS"));
		MilestoneMention gas = mention("gas", SIGNED, OCCURRED, Domain.ENERGY, null, "CHN", "RUS");
		gas.setArticlePublishedAt(gas.getArticlePublishedAt().plus(Duration.ofDays(120)));
		publish("gas", gas);

		List<MilestoneEvent> events = this.milestones.readValuesToList();
		assertThat(events).hasSize(2);
		assertThat(events.get(0).getAgreementId()).isNotEqualTo(events.get(1).getAgreementId());
	}

	@Test
	void aSigningReportedWithAndWithoutItsMediatorYieldsOneEvent() {
		publish("with", mention("with", SIGNED, OCCURRED, Domain.PEACE, null, "FRA", "GEO", "RUS"));
		publish("without", mention("without", SIGNED, OCCURRED, Domain.PEACE, null, "GEO", "RUS"));
		publish("again", mention("again", SIGNED, OCCURRED, Domain.PEACE, null, "FRA", "GEO", "RUS"));

		assertThat(this.milestones.readValuesToList()).singleElement()
			.satisfies((event) -> assertThat(event.getParties()).containsExactly("FRA", "GEO", "RUS"));
		assertThat(this.mentions.readValuesToList()).extracting(MilestoneMention::getAgreementId).containsOnly(
				this.states.readValuesToList().get(0).getAgreementId());
	}

	@Test
	void agreementsSharingOnlyOnePartyStayApart() {
		publish("georgia-russia", mention("georgia-russia", SIGNED, OCCURRED, Domain.PEACE, null, "GEO", "RUS"));
		publish("georgia-ukraine", mention("georgia-ukraine", SIGNED, OCCURRED, Domain.PEACE, null, "GEO", "UKR"));

		assertThat(this.milestones.readValuesToList()).hasSize(2);
	}

	@Test
	void anArticleDeliveredTwiceIsReadOnce() {
		Article article = article("dup");
		this.articles.pipeInput(article.getId(), article);
		this.articles.pipeInput(article.getId(), article);

		assertThat(this.read).containsExactly("dup");
	}

	@Test
	void aChangedArticleUnderTheSameIdIsReadAgain() {
		Article article = article("changed");
		this.articles.pipeInput(article.getId(), article);
		article.setContentHash("another-hash");
		this.articles.pipeInput(article.getId(), article);

		assertThat(this.read).containsExactly("changed", "changed");
	}

	@Test
	void aMentionWithoutPartiesIsPublishedButStartsNoLifecycle() {
		publish("unnamed", mention("unnamed", SIGNED, OCCURRED, Domain.CLIMATE, null));

		assertThat(this.mentions.readValuesToList()).singleElement()
			.satisfies((published) -> assertThat(published.getAgreementId()).startsWith("ag-"));
		assertThat(this.milestones.isEmpty()).isTrue();
	}

	@Test
	void aCorruptRecordGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
		TestInputTopic<String, byte[]> raw = this.driver.createInputTopic(Topics.ARTICLES_RAW, new StringSerializer(),
				new ByteArraySerializer());
		raw.pipeInput("broken", "{\"not\": \"avro\"}".getBytes());
		publish("after", mention("after", SIGNED, OCCURRED, Domain.SPACE, null, "CHN", "RUS"));

		TestOutputTopic<byte[], byte[]> deadLetters = this.driver.createOutputTopic(
				Topics.deadLetter(Topics.ARTICLES_RAW), new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
				new org.apache.kafka.common.serialization.ByteArrayDeserializer());
		TestRecord<byte[], byte[]> deadLetter = deadLetters.readRecord();
		assertThat(new String(deadLetter.value())).isEqualTo("{\"not\": \"avro\"}");
		assertThat(this.milestones.readValuesToList()).hasSize(1);
	}

	private void publish(String articleId, MilestoneMention... found) {
		this.script.put(articleId, List.of(found));
		Article article = article(articleId);
		this.articles.pipeInput(article.getId(), article, Instant.parse("2017-10-10T12:00:00Z"));
	}

	private static Article article(String id) {
		return Article.newBuilder()
			.setId(id)
			.setTitle("Title of " + id)
			.setBody("Body of " + id)
			.setReceivedAt(Instant.parse("2017-10-10T12:00:00Z"))
			.setContentHash("hash-of-" + id)
			.build();
	}

}
