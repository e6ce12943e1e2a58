package io.pactwatch.alert.subscription;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import io.pactwatch.alert.subscription.SubscriptionRequest.NewSubscription;
import io.pactwatch.alert.subscription.SubscriptionRequest.WebhookRequest;
import io.pactwatch.alert.web.FieldProblem;
import io.pactwatch.alert.web.InvalidRequestException;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SubscriptionRequestTests {

	@Test
	void validRequestIsNormalised() {
		NewSubscription valid = new SubscriptionRequest("  signings ", new WebhookRequest(" https://hooks.example/in "),
				new FilterRequest(List.of("chn", "org:Shell"), List.of("signed"), List.of("OCCURRED")))
			.validated();
		assertThat(valid.name()).isEqualTo("signings");
		assertThat(valid.channels()).singleElement().satisfies((channel) -> {
			assertThat(channel.type()).isEqualTo(ChannelType.WEBHOOK);
			assertThat(channel.url()).hasToString("https://hooks.example/in");
		});
		assertThat(valid.filter().parties()).containsExactly("CHN", "org:shell");
		assertThat(valid.filter().milestones()).containsExactly(Milestone.SIGNED);
		assertThat(valid.filter().statuses()).containsExactly(MilestoneStatus.OCCURRED);
	}

	@Test
	void missingFilterMatchesEverything() {
		NewSubscription valid = new SubscriptionRequest("all", new WebhookRequest("http://127.0.0.1:8099/hook"), null)
			.validated();
		assertThat(valid.filter()).isEqualTo(SubscriptionFilter.any());
	}

	@Test
	void everyInvalidFieldIsReported() {
		SubscriptionRequest request = new SubscriptionRequest(null, null,
				new FilterRequest(Arrays.asList("CHN", null), List.of("SIGNED", "SIGNING"), List.of("SOON")));
		assertThat(problems(request)).extracting(FieldProblem::field)
			.containsExactly("name", "webhook.url", "filter.parties[1]", "filter.milestones[1]", "filter.statuses[0]");
	}

	@Test
	void unknownEnumValuesListTheAllowedOnes() {
		SubscriptionRequest request = new SubscriptionRequest("n", new WebhookRequest("http://127.0.0.1/h"),
				new FilterRequest(null, List.of("SIGNING"), List.of("SOON")));
		List<FieldProblem> problems = problems(request);
		assertThat(problems.get(0).allowed()).containsExactly("TALKS", "TALKS_BROKEN_OFF", "AGREED", "SIGNED", "RATIFIED",
				"IN_FORCE", "EXTENDED", "SUSPENDED", "TERMINATED");
		assertThat(problems.get(1).allowed()).containsExactly("OCCURRED", "EXPECTED", "NEGATED", "HISTORICAL");
		assertThat(problems.get(1).message()).isEqualTo("unknown status 'SOON'; allowed: OCCURRED, EXPECTED, NEGATED, HISTORICAL");
	}

	@Test
	void onlyAbsoluteHttpUrlsWithAHostAreAccepted() {
		for (String url : List.of("ftp://host/x", "file:///etc/passwd", "mailto:a@b.c", "/relative", "http://",
				"http://user:secret@host/x", "https://host/x#frag", "http://bad host/", "h" + "x".repeat(2048))) {
			assertThat(problems(new SubscriptionRequest("n", new WebhookRequest(url), null)))
				.as(url)
				.singleElement()
				.extracting(FieldProblem::field)
				.isEqualTo("webhook.url");
		}
		for (String url : List.of("http://127.0.0.1:8099/hook", "HTTPS://Hooks.Example:8443/in?x=1", "http://[::1]/h")) {
			assertThat(new SubscriptionRequest("n", new WebhookRequest(url), null).validated().channels()).as(url)
				.singleElement()
				.extracting(ChannelRequest.NewChannel::url)
				.isNotNull();
		}
	}

	@Test
	void nameAndValueListsAreBounded() {
		assertThat(problems(new SubscriptionRequest("x".repeat(201), new WebhookRequest("http://h/"), null)))
			.extracting(FieldProblem::field)
			.containsExactly("name");
		List<String> tooMany = IntStream.range(0, 51).mapToObj((i) -> "P" + i).toList();
		assertThat(problems(new SubscriptionRequest("n", new WebhookRequest("http://h/"),
				new FilterRequest(tooMany, null, null))))
			.extracting(FieldProblem::field)
			.containsExactly("filter.parties");
	}

	@Test
	void channelsAreValidatedEachWithItsPath() {
		SubscriptionRequest request = new SubscriptionRequest("n", null, null,
				List.of(new ChannelRequest("webhook", "ftp://x/", null, null), new ChannelRequest("email", null, "not-mail", null),
						new ChannelRequest("pigeon", null, null, null), new ChannelRequest("stream", null, null, null),
						new ChannelRequest("STREAM", null, null, null)));
		assertThat(problems(request)).extracting(FieldProblem::field)
			.containsExactly("channels[0].url", "channels[1].address", "channels[2].type", "channels");
	}

	@Test
	void webhookShorthandAndChannelsCombine() {
		NewSubscription valid = new SubscriptionRequest("n", new WebhookRequest("https://a.example/h"), null,
				List.of(new ChannelRequest("Email", null, "analyst@example.org", true), new ChannelRequest("stream", null, null, null)))
			.validated();
		assertThat(valid.channels()).extracting(ChannelRequest.NewChannel::type)
			.containsExactly(ChannelType.WEBHOOK, ChannelType.EMAIL, ChannelType.STREAM);
		assertThat(valid.channels().get(1).digest()).isTrue();
		assertThat(valid.channels().get(1).address()).isEqualTo("analyst@example.org");
	}

	@Test
	void emailAddressesMustBePlain() {
		for (String address : List.of("a@b", "Name <a@b.example>", "a@b.example\r\nBcc: x@y.example", "@b.example", "a b@c.example")) {
			assertThat(problems(new SubscriptionRequest("n", null, null, List.of(new ChannelRequest("email", null, address, null)))))
				.as(address)
				.extracting(FieldProblem::field)
				.containsExactly("channels[0].address");
		}
	}

	@Test
	void richerFilterFieldsAreChecked() {
		SubscriptionRequest request = new SubscriptionRequest("n", new WebhookRequest("https://a.example/h"),
				new FilterRequest(List.of("CHN"), "SOME", null, null, List.of("SPACE", "MOON"), 1.5, List.of("ok", "--")));
		assertThat(problems(request)).extracting(FieldProblem::field)
			.containsExactly("filter.partiesMatch", "filter.domains[1]", "filter.minConfidence", "filter.keywords[1]");
		NewSubscription valid = new SubscriptionRequest("n", new WebhookRequest("https://a.example/h"),
				new FilterRequest(List.of("CHN", "usa"), "any", null, null, List.of("space"), 0.5, List.of(" Space pact ")))
			.validated();
		assertThat(valid.filter().partiesMatch()).isEqualTo(PartiesMatch.ANY);
		assertThat(valid.filter().minConfidence()).isEqualTo(0.5);
		assertThat(valid.filter().keywords()).containsExactly("Space pact");
	}

	private static List<FieldProblem> problems(SubscriptionRequest request) {
		return assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(request::validated)
			.actual()
			.getErrors();
	}

}
