package io.pactwatch.alert.subscription;

import java.util.ArrayList;
import java.util.List;

import io.pactwatch.alert.web.FieldProblem;
import io.pactwatch.alert.web.InvalidRequestException;

/**
 * The body of {@code PATCH /api/subscriptions/{id}}: the fields given replace the
 * subscription's ({@code filter} as a whole); channels have their own resource.
 */
record SubscriptionUpdate(String name, FilterRequest filter) {

	/** What to change: null for what stays. */
	record Changes(String name, SubscriptionFilter filter) {
	}

	Changes validated() {
		List<FieldProblem> problems = new ArrayList<>();
		String validName = (this.name != null) ? SubscriptionRequest.validName(this.name, problems) : null;
		SubscriptionFilter validFilter = (this.filter != null) ? this.filter.validated("filter", problems) : null;
		if (validName == null && validFilter == null && problems.isEmpty()) {
			problems.add(new FieldProblem("name", "give a name or a filter to change"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException("Invalid subscription", problems);
		}
		return new Changes(validName, validFilter);
	}

}
