package io.pactwatch.alert.subscription;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** What other features may read of subscriptions. Blocking. */
@Service
public class SubscriptionService {

	private final SubscriptionRepository repository;

	SubscriptionService(SubscriptionRepository repository) {
		this.repository = repository;
	}

	/** A tenant's subscription with its channels. */
	public Optional<Subscription> find(UUID tenantId, UUID id) {
		return this.repository.findById(tenantId, id);
	}

	/** Every active subscription with the channels that take new events. */
	public List<Subscription> findActive() {
		return this.repository.findActive();
	}

}
