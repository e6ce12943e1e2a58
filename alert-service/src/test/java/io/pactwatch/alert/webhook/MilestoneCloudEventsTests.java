package io.pactwatch.alert.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import io.pactwatch.alert.support.MilestoneEvents;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MilestoneCloudEventsTests {

	private final MilestoneEvent event = MilestoneEvents.event("agr-chn-rus-space", List.of("CHN", "RUS"),
			Milestone.SIGNED, MilestoneStatus.OCCURRED);

	@Test
	void bodyIsAStructuredCloudEvent() {
		String json = MilestoneCloudEvents.toJson(this.event);

		CloudEvent parsed = new JsonFormat().deserialize(json.getBytes(StandardCharsets.UTF_8));
		assertThat(parsed.getSpecVersion().toString()).isEqualTo("1.0");
		assertThat(parsed.getId()).isEqualTo(this.event.getEventId());
		assertThat(parsed.getSource()).hasToString("urn:pactwatch:extraction");
		assertThat(parsed.getType()).isEqualTo("io.pactwatch.milestone.v1");
		assertThat(parsed.getSubject()).isEqualTo("agr-chn-rus-space");
		assertThat(parsed.getTime().toInstant()).isEqualTo(this.event.getOccurredAt());
		assertThat(parsed.getDataContentType()).isEqualTo("application/json");
		assertThat(parsed.getExtension("milestone")).isEqualTo("SIGNED");
		assertThat(parsed.getExtension("milestonestatus")).isEqualTo("OCCURRED");
	}

	@Test
	void dataCarriesTheEventAsPlainJson() throws Exception {
		JsonNode data = new ObjectMapper().readTree(MilestoneCloudEvents.toJson(this.event)).path("data");

		assertThat(data.isObject()).isTrue();
		assertThat(data.path("eventId").asText()).isEqualTo(this.event.getEventId());
		assertThat(data.path("parties")).extracting(JsonNode::asText).containsExactly("CHN", "RUS");
		assertThat(data.path("milestone").asText()).isEqualTo("SIGNED");
		assertThat(data.path("status").asText()).isEqualTo("OCCURRED");
		assertThat(data.path("previousStatus").asText()).isEqualTo("EXPECTED");
		assertThat(data.path("date").asText()).isEqualTo("2017-10");
		assertThat(data.path("datePrecision").asText()).isEqualTo("MONTH");
		assertThat(data.path("domain").asText()).isEqualTo("SPACE");
		assertThat(data.path("instrument").asText()).isEqualTo("AGREEMENT");
		assertThat(data.path("agreementTitle").asText()).isEqualTo("space cooperation pact");
		assertThat(data.path("evidence").asText()).isEqualTo(this.event.getEvidence());
		assertThat(data.path("firstSeenArticleId").asText()).isEqualTo("art-1");
		assertThat(data.path("firstSeenArticleUrl").asText()).isEqualTo("https://news.example/space-pact");
		assertThat(data.path("firstSeenSource").asText()).isEqualTo("Example News");
		assertThat(data.path("supportingArticleIds")).extracting(JsonNode::asText).containsExactly("art-1", "art-2");
		assertThat(data.path("confidence").asDouble()).isEqualTo(0.87);
		assertThat(data.path("occurredAt").asText()).isEqualTo(this.event.getOccurredAt().toString());
		assertThat(data.path("termStart").isNull()).isTrue();
	}

	@Test
	void sameEventGivesTheSameBytes() {
		assertThat(MilestoneCloudEvents.toJson(this.event)).isEqualTo(MilestoneCloudEvents.toJson(this.event));
	}

	@Test
	void webhookIdIsStablePerSubscriptionAndEvent() {
		UUID subscription = UUID.randomUUID();
		String id = WebhookIds.of(subscription, "evt-1");
		assertThat(id).matches("msg_[0-9a-f]{32}");
		assertThat(WebhookIds.of(subscription, "evt-1")).isEqualTo(id);
		assertThat(WebhookIds.of(subscription, "evt-2")).isNotEqualTo(id);
		assertThat(WebhookIds.of(UUID.randomUUID(), "evt-1")).isNotEqualTo(id);
	}

}
