package io.pactwatch.extraction.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
 * Keeps the agreements between each set of parties (its input is keyed by the party
 * set, so they all live in this partition): resolves which agreement a mention speaks of,
 * applies the mention to that agreement's lifecycle, and forwards, keyed by agreement id,
 * the mention, the milestone event when there is a transition, and the agreement's new
 * state.
 */
class AgreementProcessor implements Processor<String, MilestoneMention, String, SpecificRecord> {

	private static final Logger logger = LoggerFactory.getLogger(AgreementProcessor.class);

	private final Duration identityWindow;

	private ProcessorContext<String, SpecificRecord> context;

	private KeyValueStore<String, Agreement> agreements;

	private KeyValueStore<String, String> agreementsByParties;

	AgreementProcessor(Duration identityWindow) {
		this.identityWindow = identityWindow;
	}

	@Override
	public void init(ProcessorContext<String, SpecificRecord> context) {
		this.context = context;
		this.agreements = context.getStateStore(ExtractionTopology.AGREEMENTS);
		this.agreementsByParties = context.getStateStore(ExtractionTopology.AGREEMENTS_BY_PARTIES);
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
		Agreement agreement = AgreementResolver.resolve(known, mention, at, this.identityWindow);
		mention.setAgreementId(agreement.getAgreementId());
		AgreementLifecycle.Transition transition = AgreementLifecycle.apply(agreement, mention, at);
		logger.debug("Mention {} of {} {} on {}: {}", mention.getMentionId(), mention.getMilestone(), mention.getStatus(),
				agreement.getAgreementId(), transition.reason());

		if (!knownIds.contains(agreement.getAgreementId())) {
			List<String> ids = new ArrayList<>(knownIds);
			ids.add(agreement.getAgreementId());
			this.agreementsByParties.put(partyKey, String.join(",", ids));
		}
		this.agreements.put(agreement.getAgreementId(), transition.agreement());

		String key = agreement.getAgreementId();
		this.context.forward(record.withKey(key).withValue(mention));
		transition.event().ifPresent((event) -> this.context.forward(record.withKey(key).withValue(event)));
		this.context.forward(record.withKey(key).withValue(transition.agreement()));
	}

	private List<String> knownAgreementIds(String partyKey) {
		String ids = this.agreementsByParties.get(partyKey);
		return (ids != null) ? Arrays.asList(ids.split(",")) : List.of();
	}

}
