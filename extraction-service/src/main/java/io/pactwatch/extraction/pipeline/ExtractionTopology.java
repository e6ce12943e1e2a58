package io.pactwatch.extraction.pipeline;

import java.time.Duration;

import io.pactwatch.extraction.identity.AgreementResolver;
import io.pactwatch.schemas.Agreement;
import io.pactwatch.schemas.Article;
import io.pactwatch.schemas.AvroSerde;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneMention;
import io.pactwatch.schemas.Topics;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * extraction-service's Kafka Streams topology:
 *
 * <pre>
 * articles.raw.v1 (by article id)
 *   -> drop articles already read
 *   -> extract milestone mentions
 *   -> repartition into one partition (mentions-to-resolve)
 *   -> resolve the agreement and apply the mention to its lifecycle
 *        -> agreement.mentions.v1   every mention, by agreement id
 *        -> agreement.milestones.v1 one event per lifecycle transition, by agreement id
 *        -> agreement.state.v1      the agreement's current state, by agreement id (compacted)
 * </pre>
 *
 * Extraction, the costly part, runs in parallel on every partition of the articles. Resolving
 * which agreement a mention speaks of runs in one task, because it compares the mention with
 * agreements between other party sets too (a ceasefire reported with and without its
 * mediator is one ceasefire), and mentions are few: a few per article that has any.
 */
public final class ExtractionTopology {

	static final String SEEN_ARTICLES = "seen-articles";

	static final String AGREEMENTS = "agreements";

	static final String AGREEMENTS_BY_PARTIES = "agreements-by-parties";

	static final String AGREEMENTS_BY_PARTY = "agreements-by-party";

	private ExtractionTopology() {
	}

	/**
	 * @param identityWindow how far apart in news time two reports between the same parties
	 * may be and still be taken for one agreement when their domains differ
	 */
	public static KStream<String, SpecificRecord> build(StreamsBuilder builder, MentionReader reader,
			Duration identityWindow) {
		AvroSerde<MilestoneMention> mentionSerde = AvroSerde.of(MilestoneMention.class);
		builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SEEN_ARTICLES),
				Serdes.String(), Serdes.String()));
		builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AGREEMENTS), Serdes.String(),
				AvroSerde.of(Agreement.class)));
		builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AGREEMENTS_BY_PARTIES),
				Serdes.String(), Serdes.String()));
		builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AGREEMENTS_BY_PARTY),
				Serdes.String(), Serdes.String()));

		KStream<String, MilestoneMention> mentionsToResolve = builder
			.stream(Topics.ARTICLES_RAW, Consumed.with(Serdes.String(), AvroSerde.of(Article.class)).withName("articles"))
			.processValues(ArticleDeduplicator::new, Named.as("drop-articles-already-read"), SEEN_ARTICLES)
			.flatMap((id, article) -> reader.read(article)
				.stream()
				.map((mention) -> KeyValue.pair(AgreementResolver.partyKey(mention.getParties()), mention))
				.toList(), Named.as("extract-mentions"))
			.repartition(Repartitioned.<String, MilestoneMention>as("mentions-to-resolve")
				.withNumberOfPartitions(1)
				.withKeySerde(Serdes.String())
				.withValueSerde(mentionSerde));

		KStream<String, SpecificRecord> outcomes = mentionsToResolve.process(() -> new AgreementProcessor(identityWindow),
				Named.as("agreement-lifecycle"), AGREEMENTS, AGREEMENTS_BY_PARTIES, AGREEMENTS_BY_PARTY);

		outcomes.split(Named.as("outcome-"))
			.branch((key, value) -> value instanceof MilestoneMention,
					Branched.withConsumer((mentions) -> mentions.mapValues((value) -> (MilestoneMention) value)
						.to(Topics.AGREEMENT_MENTIONS, Produced.with(Serdes.String(), mentionSerde)), "mentions"))
			.branch((key, value) -> value instanceof MilestoneEvent,
					Branched.withConsumer((events) -> events.mapValues((value) -> (MilestoneEvent) value)
						.to(Topics.AGREEMENT_MILESTONES,
								Produced.with(Serdes.String(), AvroSerde.of(MilestoneEvent.class))),
							"milestones"))
			.branch((key, value) -> value instanceof Agreement,
					Branched.withConsumer((states) -> states.mapValues((value) -> (Agreement) value)
						.to(Topics.AGREEMENT_STATE, Produced.with(Serdes.String(), AvroSerde.of(Agreement.class))),
							"state"))
			.noDefaultBranch();
		return outcomes;
	}

}
