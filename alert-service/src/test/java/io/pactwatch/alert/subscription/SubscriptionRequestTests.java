package io.pactwatch.alert.subscription;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import io.pactwatch.alert.subscription.SubscriptionRequest.FilterRequest;
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
		assertThat(valid.webhookUrl()).hasToString("https://hooks.example/in");
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
			assertThat(new SubscriptionRequest("n", new WebhookRequest(url), null).validated().webhookUrl()).as(url)
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

	private static List<FieldProblem> problems(SubscriptionRequest request) {
		return assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(request::validated)
			.actual()
			.getErrors();
	}

}
