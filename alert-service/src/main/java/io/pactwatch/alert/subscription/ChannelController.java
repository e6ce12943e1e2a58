package io.pactwatch.alert.subscription;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.pactwatch.alert.tenant.Tenant;
import io.pactwatch.alert.web.Blocking;
import io.pactwatch.alert.web.ConflictException;
import io.pactwatch.alert.web.FieldProblem;
import io.pactwatch.alert.web.InvalidRequestException;
import io.pactwatch.alert.web.NotFoundException;
import io.pactwatch.alert.webhook.MilestoneCloudEvents;
import io.pactwatch.alert.webhook.WebhookIds;
import io.pactwatch.alert.webhook.WebhookProperties;
import io.pactwatch.alert.webhook.WebhookSender;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/subscriptions/{id}/channels}: add, get and remove a subscription's channels;
 * enable or disable a webhook; rotate its secret with an overlap; send it a test ping.
 */
@RestController
@RequestMapping("/api/subscriptions/{id}/channels")
@Tag(name = "channels")
@SecurityRequirement(name = Tenant.SECURITY_SCHEME)
class ChannelController {

	private final SubscriptionRepository repository;

	private final ChannelChecks channelChecks;

	private final WebhookSender sender;

	private final WebhookProperties webhookProperties;

	private final TransactionTemplate transactions;

	private final List<ChannelListener> channelListeners;

	private final Clock clock;

	ChannelController(SubscriptionRepository repository, ChannelChecks channelChecks, WebhookSender sender,
			WebhookProperties webhookProperties, TransactionTemplate transactions, List<ChannelListener> channelListeners,
			Clock clock) {
		this.repository = repository;
		this.channelChecks = channelChecks;
		this.sender = sender;
		this.webhookProperties = webhookProperties;
		this.transactions = transactions;
		this.channelListeners = channelListeners;
		this.clock = clock;
	}

	/** How long the previous secret keeps signing, e.g. {@code "PT2H"} or {@code "2h"}; the default if absent. */
	record RotationRequest(String overlap) {
	}

	/** The answer of a test ping: what the receiver said. */
	record TestResult(String webhookId, boolean delivered, Integer statusCode, long latencyMs, String error) {
	}

	@PostMapping
	@Operation(summary = "Add a channel; a webhook's secret is shown in full only here")
	Mono<ResponseEntity<SubscriptionView.ChannelView>> add(Tenant tenant, @PathVariable UUID id,
			@RequestBody ChannelRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		ChannelRequest.NewChannel valid = request.validated("channel", problems);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException("Invalid channel", problems);
		}
		return Blocking.call(() -> {
			this.channelChecks.check(List.of(valid));
			Instant now = now();
			Channel channel = Channel.create(valid, id, now);
			this.transactions.executeWithoutResult((tx) -> {
				Subscription subscription = lockedSubscription(tenant, id);
				if (channel.type() == ChannelType.STREAM
						&& subscription.channels().stream().anyMatch((c) -> c.type() == ChannelType.STREAM)) {
					throw new ConflictException("Stream channel exists", "The subscription has a stream channel already");
				}
				if (subscription.channels().size() >= SubscriptionRequest.MAX_CHANNELS) {
					throw new ConflictException("Too many channels",
							"A subscription has at most " + SubscriptionRequest.MAX_CHANNELS + " channels");
				}
				this.repository.insertChannel(channel, this.repository.nextPosition(id));
			});
			this.channelListeners.forEach((listener) -> listener.created(channel));
			return ResponseEntity.created(URI.create("/api/subscriptions/" + id + "/channels/" + channel.id()))
				.body(SubscriptionView.ChannelView.of(channel, true, now));
		});
	}

	@GetMapping("/{channelId}")
	@Operation(summary = "One channel; a webhook's secret masked")
	Mono<SubscriptionView.ChannelView> get(Tenant tenant, @PathVariable UUID id, @PathVariable UUID channelId) {
		return Blocking.call(() -> SubscriptionView.ChannelView.of(existing(tenant, id, channelId), false, now()));
	}

	@DeleteMapping("/{channelId}")
	@Operation(summary = "Remove a channel with its deliveries; 409 for the subscription's last channel")
	Mono<ResponseEntity<Void>> delete(Tenant tenant, @PathVariable UUID id, @PathVariable UUID channelId) {
		return Blocking.call(() -> {
			this.transactions.executeWithoutResult((tx) -> {
				Subscription subscription = lockedSubscription(tenant, id);
				if (subscription.channels().stream().noneMatch((c) -> c.id().equals(channelId))) {
					throw new NotFoundException("Channel", channelId);
				}
				if (subscription.channels().size() == 1) {
					throw new ConflictException("Last channel",
							"A subscription needs a channel: add another first, or delete the subscription");
				}
				this.repository.deleteChannel(id, channelId);
			});
			return ResponseEntity.noContent().build();
		});
	}

	@PostMapping("/{channelId}/enable")
	@Operation(summary = "Enable a disabled webhook: its failures are forgotten and held deliveries go out (idempotent)")
	Mono<SubscriptionView.ChannelView> enable(Tenant tenant, @PathVariable UUID id, @PathVariable UUID channelId) {
		return Blocking.call(() -> {
			Channel channel = webhook(tenant, id, channelId);
			this.transactions.executeWithoutResult((tx) -> this.repository.enableChannel(channel.id(), now()));
			return SubscriptionView.ChannelView.of(existing(tenant, id, channelId), false, now());
		});
	}

	@PostMapping("/{channelId}/disable")
	@Operation(summary = "Disable a webhook: deliveries wait until it is enabled (idempotent)")
	Mono<SubscriptionView.ChannelView> disable(Tenant tenant, @PathVariable UUID id, @PathVariable UUID channelId) {
		return Blocking.call(() -> {
			Channel channel = webhook(tenant, id, channelId);
			this.transactions
				.executeWithoutResult((tx) -> this.repository.disableChannel(channel.id(), "disabled by its owner", now()));
			return SubscriptionView.ChannelView.of(existing(tenant, id, channelId), false, now());
		});
	}

	@PostMapping("/{channelId}/rotate-secret")
	@Operation(summary = "A new secret, shown in full only here; the previous one keeps signing during the overlap")
	Mono<SubscriptionView.ChannelView> rotate(Tenant tenant, @PathVariable UUID id, @PathVariable UUID channelId,
			@RequestBody(required = false) RotationRequest request) {
		Duration overlap = overlap(request);
		return Blocking.call(() -> {
			Channel channel = webhook(tenant, id, channelId);
			Instant now = now();
			this.repository.rotateSecret(channel.id(), WebhookSecrets.generate(), now.plus(overlap));
			return SubscriptionView.ChannelView.of(existing(tenant, id, channelId), true, now);
		});
	}

	@PostMapping("/{channelId}/test")
	@Operation(summary = "Send a signed test event (type io.pactwatch.test.v1) now, once, and tell what the receiver answered")
	Mono<TestResult> test(Tenant tenant, @PathVariable UUID id, @PathVariable UUID channelId) {
		return Blocking.call(() -> webhook(tenant, id, channelId)).flatMap((channel) -> {
			String webhookId = WebhookIds.random();
			String body = MilestoneCloudEvents.testJson(webhookId, id, channel.id(), now());
			return this.sender
				.send(new WebhookSender.Outgoing(channel.webhookUrl(), channel.signingSecrets(now()), webhookId, body))
				.map((outcome) -> new TestResult(webhookId, outcome.delivered(), outcome.statusCode(), outcome.latencyMs(),
						outcome.error()));
		});
	}

	private Duration overlap(RotationRequest request) {
		if (request == null || request.overlap() == null) {
			return this.webhookProperties.rotationOverlap();
		}
		Duration overlap;
		try {
			overlap = DurationStyle.detectAndParse(request.overlap().strip());
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw new InvalidRequestException("Invalid rotation", List.of(new FieldProblem("overlap",
					"must be a duration such as 'PT24H' or '24h'")));
		}
		if (overlap.isNegative() || overlap.compareTo(this.webhookProperties.maxRotationOverlap()) > 0) {
			throw new InvalidRequestException("Invalid rotation", List.of(new FieldProblem("overlap",
					"must be between 0 and " + this.webhookProperties.maxRotationOverlap())));
		}
		return overlap;
	}

	private Subscription lockedSubscription(Tenant tenant, UUID id) {
		if (!this.repository.lock(tenant.id(), id)) {
			throw new NotFoundException("Subscription", id);
		}
		return this.repository.findById(tenant.id(), id).orElseThrow(() -> new NotFoundException("Subscription", id));
	}

	private Channel existing(Tenant tenant, UUID id, UUID channelId) {
		Subscription subscription = this.repository.findById(tenant.id(), id)
			.orElseThrow(() -> new NotFoundException("Subscription", id));
		return subscription.channels()
			.stream()
			.filter((c) -> c.id().equals(channelId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Channel", channelId));
	}

	private Channel webhook(Tenant tenant, UUID id, UUID channelId) {
		Channel channel = existing(tenant, id, channelId);
		if (!channel.isWebhook()) {
			throw new ConflictException("Not a webhook", "Channel " + channelId + " is a " + channel.type()
					+ " channel; this operation is for webhooks");
		}
		return channel;
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
