package io.pactwatch.alert.subscription;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.pactwatch.alert.web.FieldProblem;
import io.pactwatch.alert.web.InvalidRequestException;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneStatus;

/**
 * The body of {@code POST /api/subscriptions}, as the client sent it: every field is
 * checked by {@link #validated()}, which reports all invalid fields at once.
 */
record SubscriptionRequest(String name, WebhookRequest webhook, FilterRequest filter) {

	static final int MAX_NAME = 200;

	static final int MAX_URL = 2048;

	static final int MAX_PARTY = 100;

	static final int MAX_VALUES = 50;

	record WebhookRequest(String url) {
	}

	record FilterRequest(List<String> parties, List<String> milestones, List<String> statuses) {
	}

	/** A subscription to create: valid, normalised. */
	record NewSubscription(String name, URI webhookUrl, SubscriptionFilter filter) {
	}

	NewSubscription validated() {
		List<FieldProblem> problems = new ArrayList<>();
		String validName = validName(problems);
		URI url = validUrl(problems);
		FilterRequest requested = (this.filter != null) ? this.filter : new FilterRequest(null, null, null);
		List<String> parties = validValues("filter.parties", requested.parties(), problems, this::party);
		List<Milestone> milestones = validValues("filter.milestones", requested.milestones(), problems,
				enumValue(Milestone.class, "milestone"));
		List<MilestoneStatus> statuses = validValues("filter.statuses", requested.statuses(), problems,
				enumValue(MilestoneStatus.class, "status"));
		if (!problems.isEmpty()) {
			throw new InvalidRequestException("Invalid subscription", problems);
		}
		return new NewSubscription(validName, url, new SubscriptionFilter(parties, milestones, statuses));
	}

	private String validName(List<FieldProblem> problems) {
		if (this.name == null || this.name.isBlank()) {
			problems.add(new FieldProblem("name", "is required"));
			return null;
		}
		String stripped = this.name.strip();
		if (stripped.length() > MAX_NAME) {
			problems.add(new FieldProblem("name", "must be at most " + MAX_NAME + " characters"));
		}
		return stripped;
	}

	private URI validUrl(List<FieldProblem> problems) {
		if (this.webhook == null || this.webhook.url() == null || this.webhook.url().isBlank()) {
			problems.add(new FieldProblem("webhook.url", "is required"));
			return null;
		}
		String raw = this.webhook.url().strip();
		if (raw.length() > MAX_URL) {
			problems.add(new FieldProblem("webhook.url", "must be at most " + MAX_URL + " characters"));
			return null;
		}
		URI uri;
		try {
			uri = new URI(raw);
		}
		catch (URISyntaxException ex) {
			problems.add(new FieldProblem("webhook.url", "is not a valid URL: " + ex.getReason()));
			return null;
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
		if (!"http".equals(scheme) && !"https".equals(scheme)) {
			problems.add(new FieldProblem("webhook.url", "must be an absolute http or https URL", List.of("http", "https")));
		}
		else if (uri.getHost() == null || uri.getHost().isEmpty()) {
			problems.add(new FieldProblem("webhook.url", "must name a host"));
		}
		else if (uri.getRawUserInfo() != null) {
			problems.add(new FieldProblem("webhook.url", "must not carry credentials"));
		}
		else if (uri.getRawFragment() != null) {
			problems.add(new FieldProblem("webhook.url", "must not have a fragment"));
		}
		return uri;
	}

	private <T> List<T> validValues(String field, List<String> values, List<FieldProblem> problems,
			Function<String, Result<T>> parse) {
		if (values == null) {
			return List.of();
		}
		if (values.size() > MAX_VALUES) {
			problems.add(new FieldProblem(field, "must have at most " + MAX_VALUES + " values"));
			return List.of();
		}
		List<T> valid = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			String path = field + "[" + i + "]";
			if (value == null || value.isBlank()) {
				problems.add(new FieldProblem(path, "must not be null or blank"));
				continue;
			}
			Result<T> result = parse.apply(value.strip());
			if (result.problem() != null) {
				problems.add(new FieldProblem(path, result.problem(), result.allowed()));
			}
			else {
				valid.add(result.value());
			}
		}
		return valid;
	}

	private Result<String> party(String value) {
		if (value.length() > MAX_PARTY) {
			return Result.invalid("must be at most " + MAX_PARTY + " characters", null);
		}
		if (value.chars().anyMatch(Character::isISOControl)) {
			return Result.invalid("must not contain control characters", null);
		}
		return Result.of(Parties.normalize(value));
	}

	private static <E extends Enum<E>> Function<String, Result<E>> enumValue(Class<E> type, String what) {
		List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
		return (value) -> {
			String candidate = value.toUpperCase(Locale.ROOT);
			if (!allowed.contains(candidate)) {
				return Result.invalid("unknown " + what + " '" + value + "'; allowed: " + String.join(", ", allowed),
						allowed);
			}
			return Result.of(Enum.valueOf(type, candidate));
		};
	}

	private record Result<T>(T value, String problem, List<String> allowed) {

		static <T> Result<T> of(T value) {
			return new Result<>(value, null, null);
		}

		static <T> Result<T> invalid(String problem, List<String> allowed) {
			return new Result<>(null, problem, allowed);
		}

	}

}
