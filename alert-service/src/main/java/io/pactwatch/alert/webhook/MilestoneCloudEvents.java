package io.pactwatch.alert.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.PartialDate;

/**
 * A {@link MilestoneEvent} as a CloudEvents 1.0 event in structured JSON mode, the body of
 * every webhook delivery ({@value #CONTENT_TYPE}):
 * <ul>
 * <li>{@code id}: the milestone event id (deterministic, one per lifecycle transition);</li>
 * <li>{@code source}: {@value #SOURCE}; {@code type}: {@value #TYPE} for every milestone
 * and status (the extension attributes {@code milestone} and {@code milestonestatus} carry
 * them, for routing without reading {@code data});</li>
 * <li>{@code subject}: the agreement id; {@code time}: when pactwatch saw the transition;</li>
 * <li>{@code datacontenttype}: {@code application/json}; {@code data}: the event's fields,
 * dates as ISO 8601 strings at their precision.</li>
 * </ul>
 * The CloudEvents SDK writes JSON with Jackson 2, which sits beside Boot's Jackson 3.
 */
public final class MilestoneCloudEvents {

	public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

	public static final String SOURCE = "urn:pactwatch:extraction";

	public static final String TYPE = "io.pactwatch.milestone.v1";

	private static final ObjectMapper mapper = new ObjectMapper();

	private static final JsonFormat format = new JsonFormat();

	private MilestoneCloudEvents() {
	}

	/** The structured-mode JSON of the event, exactly the bytes (UTF-8) to sign and send. */
	public static String toJson(MilestoneEvent event) {
		return new String(format.serialize(builder(event).build()), StandardCharsets.UTF_8);
	}

	/**
	 * The event for one subscription's live stream: the same, with the extension attribute
	 * {@code subscriptionid}.
	 */
	public static String toJson(MilestoneEvent event, java.util.UUID subscriptionId) {
		return new String(format.serialize(builder(event).withExtension("subscriptionid", subscriptionId.toString()).build()),
				StandardCharsets.UTF_8);
	}

	private static CloudEventBuilder builder(MilestoneEvent event) {
		return CloudEventBuilder.v1()
			.withId(event.getEventId())
			.withSource(URI.create(SOURCE))
			.withType(TYPE)
			.withSubject(event.getAgreementId())
			.withTime(event.getOccurredAt().atOffset(ZoneOffset.UTC))
			.withExtension("milestone", event.getMilestone().name())
			.withExtension("milestonestatus", event.getStatus().name())
			.withData("application/json", JsonCloudEventData.wrap(data(event)));
	}

	/** The CloudEvents type of a test ping. */
	public static final String TEST_TYPE = "io.pactwatch.test.v1";

	/** A test ping: type {@value #TEST_TYPE}, data naming the subscription and channel. */
	public static String testJson(String id, java.util.UUID subscriptionId, java.util.UUID channelId,
			java.time.Instant now) {
		ObjectNode data = mapper.createObjectNode();
		data.put("message", "A test event from pactwatch: this endpoint receives the subscription's alerts.");
		data.put("subscriptionId", subscriptionId.toString());
		data.put("channelId", channelId.toString());
		CloudEvent cloudEvent = CloudEventBuilder.v1()
			.withId(id)
			.withSource(URI.create(SOURCE))
			.withType(TEST_TYPE)
			.withSubject(subscriptionId.toString())
			.withTime(now.atOffset(ZoneOffset.UTC))
			.withData("application/json", JsonCloudEventData.wrap(data))
			.build();
		return new String(format.serialize(cloudEvent), StandardCharsets.UTF_8);
	}

	static ObjectNode data(MilestoneEvent event) {
		ObjectNode data = mapper.createObjectNode();
		data.put("eventId", event.getEventId());
		data.put("agreementId", event.getAgreementId());
		strings(data.putArray("parties"), event.getParties());
		data.put("milestone", event.getMilestone().name());
		data.put("status", event.getStatus().name());
		data.put("previousStatus", (event.getPreviousStatus() != null) ? event.getPreviousStatus().name() : null);
		data.put("instrument", (event.getInstrument() != null) ? event.getInstrument().name() : null);
		data.put("domain", (event.getDomain() != null) ? event.getDomain().name() : null);
		data.put("agreementTitle", event.getAgreementTitle());
		date(data, "date", event.getDate());
		date(data, "previousDate", event.getPreviousDate());
		date(data, "termStart", event.getTermStart());
		date(data, "termEnd", event.getTermEnd());
		data.put("evidence", event.getEvidence());
		data.put("firstSeenArticleId", event.getFirstSeenArticleId());
		data.put("firstSeenArticleUrl", event.getFirstSeenArticleUrl());
		data.put("firstSeenSource", event.getFirstSeenSource());
		strings(data.putArray("supportingArticleIds"), event.getSupportingArticleIds());
		data.put("confidence", event.getConfidence());
		data.put("occurredAt", event.getOccurredAt().toString());
		return data;
	}

	/** {@code name}: the ISO 8601 value; {@code namePrecision}: YEAR, MONTH or DAY. */
	private static void date(ObjectNode data, String name, PartialDate date) {
		data.put(name, (date != null) ? date.getValue() : null);
		data.put(name + "Precision", (date != null) ? date.getPrecision().name() : null);
	}

	private static void strings(ArrayNode array, Iterable<String> values) {
		if (values != null) {
			values.forEach(array::add);
		}
	}

}
