package io.pactwatch.alert.subscription;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.pactwatch.alert.web.FieldProblem;
import io.pactwatch.schemas.Domain;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneStatus;

/**
 * A filter as a client sends it; see {@link SubscriptionFilter} for what each field means.
 * Every field may be left out.
 */
record FilterRequest(List<String> parties, String partiesMatch, List<String> milestones, List<String> statuses,
		List<String> domains, Double minConfidence, List<String> keywords) {

	static final int MAX_PARTY = 100;

	static final int MAX_KEYWORD = 100;

	static final int MAX_VALUES = 50;

	FilterRequest(List<String> parties, List<String> milestones, List<String> statuses) {
		this(parties, null, milestones, statuses, null, null, null);
	}

	static FilterRequest none() {
		return new FilterRequest(null, null, null, null, null, null, null);
	}

	SubscriptionFilter validated(String path, List<FieldProblem> problems) {
		List<String> validParties = validValues(path + ".parties", this.parties, problems, FilterRequest::party);
		PartiesMatch match = PartiesMatch.ALL;
		if (this.partiesMatch != null) {
			Result<PartiesMatch> parsed = enumValue(PartiesMatch.class, "parties match").apply(this.partiesMatch.strip());
			if (parsed.problem() != null) {
				problems.add(new FieldProblem(path + ".partiesMatch", parsed.problem(), parsed.allowed()));
			}
			else {
				match = parsed.value();
			}
		}
		List<Milestone> validMilestones = validValues(path + ".milestones", this.milestones, problems,
				enumValue(Milestone.class, "milestone"));
		List<MilestoneStatus> validStatuses = validValues(path + ".statuses", this.statuses, problems,
				enumValue(MilestoneStatus.class, "status"));
		List<Domain> validDomains = validValues(path + ".domains", this.domains, problems,
				enumValue(Domain.class, "domain"));
		if (this.minConfidence != null && (this.minConfidence.isNaN() || this.minConfidence < 0 || this.minConfidence > 1)) {
			problems.add(new FieldProblem(path + ".minConfidence", "must be between 0 and 1"));
		}
		List<String> validKeywords = validValues(path + ".keywords", this.keywords, problems, FilterRequest::keyword);
		return new SubscriptionFilter(validParties, match, validMilestones, validStatuses, validDomains,
				this.minConfidence, validKeywords);
	}

	private static <T> List<T> validValues(String field, List<String> values, List<FieldProblem> problems,
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

	private static Result<String> party(String value) {
		if (value.length() > MAX_PARTY) {
			return Result.invalid("must be at most " + MAX_PARTY + " characters", null);
		}
		if (value.chars().anyMatch(Character::isISOControl)) {
			return Result.invalid("must not contain control characters", null);
		}
		return Result.of(Parties.normalize(value));
	}

	private static Result<String> keyword(String value) {
		if (value.length() > MAX_KEYWORD) {
			return Result.invalid("must be at most " + MAX_KEYWORD + " characters", null);
		}
		if (value.chars().anyMatch(Character::isISOControl)) {
			return Result.invalid("must not contain control characters", null);
		}
		if (SubscriptionFilter.words(value).isEmpty()) {
			return Result.invalid("must contain a letter or a digit", null);
		}
		return Result.of(value);
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
