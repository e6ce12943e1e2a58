package io.pactwatch.alert.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactwatch.alert.support.AlertServiceTest;
import io.pactwatch.alert.support.MilestoneEvents;
import io.pactwatch.alert.support.SubscriptionsApi;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The live stream over real server-sent events: order, resume with Last-Event-ID, isolation. */
@AlertServiceTest
class LiveStreamIT {

	private static final ObjectMapper json = new ObjectMapper();

	@Autowired
	private WebTestClient anonymous;

	private SubscriptionsApi api;

	private String party;

	private Map<String, Object> subscription;

	@BeforeEach
	void streamSubscription() {
		this.api = new SubscriptionsApi(this.anonymous);
		this.party = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.subscription = this.api.create(Map.of("name", "dashboard", "filter", Map.of("parties", List.of(this.party)),
				"channels", List.of(Map.of("type", "stream"))));
	}

	@Test
	void streamResumesAfterTheLastEventIdWithWhatWasMissed() throws Exception {
		List<MilestoneEvent> events = List.of(event(Milestone.TALKS), event(Milestone.AGREED), event(Milestone.SIGNED),
				event(Milestone.RATIFIED));
		MilestoneEvents.publish(events.get(0), events.get(1));

		List<ServerSentEvent<String>> first = milestones(connect("0")).take(2).collectList().block(Duration.ofSeconds(20));
		assertThat(first).extracting(ServerSentEvent::id).containsExactly("1", "2");
		assertThat(first).extracting(ServerSentEvent::event).containsOnly("milestone");
		assertThat(first).extracting(this::eventId).containsExactly(events.get(0).getEventId(), events.get(1).getEventId());
		JsonNode cloudEvent = json.readTree(first.get(0).data());
		assertThat(cloudEvent.path("specversion").asText()).isEqualTo("1.0");
		assertThat(cloudEvent.path("subscriptionid").asText()).isEqualTo(this.subscription.get("id"));
		assertThat(cloudEvent.path("data").path("milestone").asText()).isEqualTo("TALKS");

		// disconnected: two more happen; the same event again adds nothing
		MilestoneEvents.publish(events.get(2), events.get(3), events.get(1));

		List<ServerSentEvent<String>> resumed = milestones(connect("2")).take(2).collectList().block(Duration.ofSeconds(20));
		assertThat(resumed).extracting(ServerSentEvent::id).containsExactly("3", "4");
		assertThat(resumed).extracting(this::eventId).containsExactly(events.get(2).getEventId(), events.get(3).getEventId());
	}

	@Test
	void newStreamGetsOnlyWhatHappensFromNowOn() {
		MilestoneEvent before = event(Milestone.TALKS);
		MilestoneEvent after = event(Milestone.SIGNED);
		MilestoneEvents.publish(before);
		milestones(connect("0")).take(1).blockLast(Duration.ofSeconds(20));

		Flux<ServerSentEvent<String>> live = milestones(connect(null));
		MilestoneEvents.publish(after);

		ServerSentEvent<String> received = live.blockFirst(Duration.ofSeconds(20));
		assertThat(received.id()).isEqualTo("2");
		assertThat(eventId(received)).isEqualTo(after.getEventId());
	}

	@Test
	void anotherTenantSeesNothingOfThisStream() {
		SubscriptionsApi other = new SubscriptionsApi(this.anonymous);
		other.create(Map.of("name", "other", "filter", Map.of("parties", List.of("NOBODY-" + this.party)), "channels",
				List.of(Map.of("type", "stream"))));
		MilestoneEvent event = event(Milestone.SIGNED);
		MilestoneEvents.publish(event);
		milestones(connect("0")).take(1).blockLast(Duration.ofSeconds(20));

		Flux<ServerSentEvent<String>> theirs = other.client()
			.get()
			.uri("/api/stream?lastEventId=0")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody();
		assertThat(theirs.filter((e) -> e.event() != null).take(Duration.ofSeconds(2)).collectList().block(Duration.ofSeconds(10)))
			.isEmpty();
	}

	@Test
	void badLastEventIdAndMissingKeyAreProblems() {
		this.api.client()
			.get()
			.uri("/api/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.header("Last-Event-ID", "yesterday")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.anonymous.get().uri("/api/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isUnauthorized();
		this.api.client()
			.get()
			.uri("/api/stream?subscription={id}", UUID.randomUUID())
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private Flux<ServerSentEvent<String>> connect(String lastEventId) {
		WebTestClient.RequestHeadersSpec<?> request = this.api.client()
			.get()
			.uri("/api/stream")
			.accept(MediaType.TEXT_EVENT_STREAM);
		if (lastEventId != null) {
			request = request.header("Last-Event-ID", lastEventId);
		}
		return request.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody();
	}

	private static Flux<ServerSentEvent<String>> milestones(Flux<ServerSentEvent<String>> stream) {
		return stream.filter((event) -> event.event() != null);
	}

	private String eventId(ServerSentEvent<String> event) {
		try {
			return json.readTree(event.data()).path("id").asText();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	private MilestoneEvent event(Milestone milestone) {
		return MilestoneEvents.event("agr-" + this.party, List.of(this.party), milestone, MilestoneStatus.OCCURRED);
	}

}
