package io.pactwatch.alert.subscription;

import java.util.ArrayList;
import java.util.List;

import io.pactwatch.alert.web.FieldProblem;
import io.pactwatch.alert.web.InvalidRequestException;

/**
 * The body of {@code POST /api/subscriptions}, as the client sent it: every field is checked
 * by {@link #validated()}, which reports all invalid fields at once. {@code webhook: {url}} is
 * short for one webhook channel (and may stand beside {@code channels}).
 */
record SubscriptionRequest(String name, WebhookRequest webhook, FilterRequest filter, List<ChannelRequest> channels) {

	static final int MAX_NAME = 200;

	static final int MAX_CHANNELS = 10;

	record WebhookRequest(String url) {
	}

	/** A subscription to create: valid, normalised. */
	record NewSubscription(String name, SubscriptionFilter filter, List<ChannelRequest.NewChannel> channels) {
	}

	SubscriptionRequest(String name, WebhookRequest webhook, FilterRequest filter) {
		this(name, webhook, filter, null);
	}

	NewSubscription validated() {
		List<FieldProblem> problems = new ArrayList<>();
		String validName = validName(this.name, problems);
		List<ChannelRequest.NewChannel> newChannels = new ArrayList<>();
		if (this.webhook != null) {
			ChannelRequest.NewChannel channel = ChannelRequest.webhook(this.webhook.url()).validated("webhook", problems);
			if (channel != null) {
				newChannels.add(channel);
			}
		}
		if (this.channels != null) {
			for (int i = 0; i < this.channels.size(); i++) {
				ChannelRequest requested = this.channels.get(i);
				if (requested == null) {
					problems.add(new FieldProblem("channels[" + i + "]", "must not be null"));
					continue;
				}
				ChannelRequest.NewChannel channel = requested.validated("channels[" + i + "]", problems);
				if (channel != null) {
					newChannels.add(channel);
				}
			}
		}
		int requestedChannels = ((this.webhook != null) ? 1 : 0) + ((this.channels != null) ? this.channels.size() : 0);
		if (requestedChannels == 0) {
			problems.add(new FieldProblem("webhook.url", "is required: a subscription needs a channel "
					+ "(webhook: {url}, or channels: [{type: webhook|email|stream, ...}])"));
		}
		else if (requestedChannels > MAX_CHANNELS) {
			problems.add(new FieldProblem("channels", "must have at most " + MAX_CHANNELS + " channels"));
		}
		if (newChannels.stream().filter((c) -> c.type() == ChannelType.STREAM).count() > 1) {
			problems.add(new FieldProblem("channels", "must have at most one stream channel"));
		}
		SubscriptionFilter validFilter = ((this.filter != null) ? this.filter : FilterRequest.none()).validated("filter",
				problems);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException("Invalid subscription", problems);
		}
		return new NewSubscription(validName, validFilter, newChannels);
	}

	static String validName(String name, List<FieldProblem> problems) {
		if (name == null || name.isBlank()) {
			problems.add(new FieldProblem("name", "is required"));
			return null;
		}
		String stripped = name.strip();
		if (stripped.length() > MAX_NAME) {
			problems.add(new FieldProblem("name", "must be at most " + MAX_NAME + " characters"));
		}
		return stripped;
	}

}
