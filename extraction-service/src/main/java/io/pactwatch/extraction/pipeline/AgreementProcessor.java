package io.pactwatch.extraction.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.pactwatch.extraction.identity.AgreementResolver;
import io.pactwatch.extraction.lifecycle.AgreementLifecycle;
import io.pactwatch.schemas.Agreement;
import io.pactwatch.schemas.MilestoneMention;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every agreement (its input is one partition, so they all live in this task):
 * resolves which agreement a mention speaks of, among those between the same parties and,
 * failing those, those between a few more or a few less of them; applies the mention to
 * that agreement's lifecycle, and forwards, keyed by agreement id, the mention, the
 * milestone event when there is a transition, and the agreement's new state.
 */
class AgreementProcessor implements Processor<String, MilestoneMention, String, SpecificRecord> {

	private static final Logger logger = LoggerFactory.getLogger(AgreementProcessor.class);

	private final Duration identityWindow;

	private ProcessorContext<String, SpecificRecord> context;

	private KeyValueStore<String, Agreement> agreements;

	private KeyValueStore<String, String> agreementsByParties;

	private KeyValueStore<String, String> agreementsByParty;

	AgreementProcessor(Duration identityWindow) {
		this.identityWindow = identityWindow;
	}

	@Override
	public void init(ProcessorContext<String, SpecificRecord> context) {
		this.context = context;
		this.agreements = context.getStateStore(ExtractionTopology.AGREEMENTS);
		this.agreementsByParties = context.getStateStore(ExtractionTopology.AGREEMENTS_BY_PARTIES);
		this.agreementsByParty = context.getStateStore(ExtractionTopology.AGREEMENTS_BY_PARTY);
	}

	@Override
	public void process(Record<String, MilestoneMention> record) {
		MilestoneMention mention = record.value();
		if (mention == null) {
			return;
		}
		Instant at = Instant.ofEpochMilli(record.timestamp());
		if (mention.getParties().isEmpty()) {
			// nobody to tell apart: the mention is published, but starts no lifecycle
			mention.setAgreementId("ag-" + Hashes.sha256(24, "unattributed", mention.getMentionId()));
			this.context.forward(record.withKey(mention.getAgreementId()).withValue(mention));
			return;
		}
		String partyKey = AgreementResolver.partyKey(mention.getParties());
		List<String> knownIds = knownAgreementIds(partyKey);
		List<Agreement> known = knownIds.stream().map(this.agreements::get).filter(Objects::nonNull).toList();
		Agreement agreement = AgreementResolver.resolve(known, overlapping(mention, knownIds), mention, at,
				this.identityWindow);
		mention.setAgreementId(agreement.getAgreementId());
		AgreementLifecycle.Transition transition = AgreementLifecycle.apply(agreement, mention, at);
		logger.debug("Mention {} of {} {} on {}: {}", mention.getMentionId(), mention.getMilestone(), mention.getStatus(),
				agreement.getAgreementId(), transition.reason());

		if (this.agreements.get(agreement.getAgreementId()) == null) {
			List<String> ids = new ArrayList<>(knownIds);
			ids.add(agreement.getAgreementId());
			this.agreementsByParties.put(partyKey, String.join(",", ids));
			index(agreement);
		}
		this.agreements.put(agreement.getAgreementId(), transition.agreement());

		String key = agreement.getAgreementId();
		this.context.forward(record.withKey(key).withValue(mention));
		transition.event().ifPresent((event) -> this.context.forward(record.withKey(key).withValue(event)));
		this.context.forward(record.withKey(key).withValue(transition.agreement()));
	}

	/** How many of a party's agreements the overlap index keeps: the most recently founded. */
	private static final int PARTY_INDEX_LIMIT = 500;

	/**
	 * The agreements between a few more or a few less of the mention's parties. The index lists
	 * under each party its agreements as {@code id/partyKey}, so that only those that overlap
	 * are read from the store.
	 */
	private List<Agreement> overlapping(MilestoneMention mention, List<String> exact) {
		Set<String> ids = new LinkedHashSet<>();
		for (String party : mention.getParties()) {
			String listed = this.agreementsByParty.get(party);
			if (listed == null) {
				continue;
			}
			for (String entry : listed.split(",")) {
				int slash = entry.indexOf('/');
				List<String> parties = Arrays.asList(entry.substring(slash + 1).split("\\+"));
				if (AgreementResolver.overlaps(parties, mention.getParties())) {
					ids.add(entry.substring(0, slash));
				}
			}
		}
		exact.forEach(ids::remove);
		return ids.stream().map(this.agreements::get).filter(Objects::nonNull).toList();
	}

	/** Lists a new agreement under each of its parties. */
	private void index(Agreement agreement) {
		String entry = agreement.getAgreementId() + "/" + AgreementResolver.partyKey(agreement.getParties());
		for (String party : agreement.getParties()) {
			String listed = this.agreementsByParty.get(party);
			List<String> entries = new ArrayList<>((listed != null) ? Arrays.asList(listed.split(",")) : List.of());
			entries.add(entry);
			List<String> kept = entries.subList(Math.max(0, entries.size() - PARTY_INDEX_LIMIT), entries.size());
			this.agreementsByParty.put(party, String.join(",", kept));
		}
	}

	private List<String> knownAgreementIds(String partyKey) {
		String ids = this.agreementsByParties.get(partyKey);
		return (ids != null) ? Arrays.asList(ids.split(",")) : List.of();
	}

}
