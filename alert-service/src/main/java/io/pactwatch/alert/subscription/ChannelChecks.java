package io.pactwatch.alert.subscription;

import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import io.pactwatch.alert.web.FieldProblem;
import io.pactwatch.alert.web.InvalidRequestException;
import io.pactwatch.netguard.AddressGuard;
import io.pactwatch.netguard.BlockedAddressException;

import org.springframework.stereotype.Component;

/**
 * Checks new channels against the world: refuses webhook URLs whose host resolves to an
 * internal address (see {@link AddressGuard}) or does not resolve at all, and email channels
 * when no SMTP server is configured. Blocking (DNS).
 */
@Component
class ChannelChecks {

	private final AddressGuard guard;

	private final EmailAvailability mail;

	ChannelChecks(AddressGuard guard, EmailAvailability mail) {
		this.guard = guard;
		this.mail = mail;
	}

	void check(List<ChannelRequest.NewChannel> channels) {
		List<FieldProblem> problems = new ArrayList<>();
		for (ChannelRequest.NewChannel channel : channels) {
			if (channel.type() == ChannelType.WEBHOOK) {
				problem(channel.field(), channel.url(), problems);
			}
			else if (channel.type() == ChannelType.EMAIL && !this.mail.available()) {
				problems.add(new FieldProblem(channel.field().replace(".address", ".type"),
						"email channels are not available: this server has no SMTP server configured"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException("Invalid subscription", problems);
		}
	}

	private void problem(String field, URI url, List<FieldProblem> problems) {
		try {
			this.guard.check(url.getHost());
		}
		catch (BlockedAddressException ex) {
			problems.add(new FieldProblem(field, "must not point to a loopback, private, link-local or metadata address: "
					+ ex.getMessage()));
		}
		catch (UnknownHostException ex) {
			problems.add(new FieldProblem(field, "names a host that does not resolve: " + url.getHost()));
		}
	}

}
