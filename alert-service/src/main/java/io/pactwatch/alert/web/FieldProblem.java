package io.pactwatch.alert.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid field of a request, listed in a 400 problem's {@code errors}.
 *
 * @param field the JSON path of the field, e.g. {@code filter.milestones[1]}
 * @param message what is wrong with it
 * @param allowed the values it may take, when they are few
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(String field, String message, List<String> allowed) {

	public FieldProblem(String field, String message) {
		this(field, message, null);
	}

}
