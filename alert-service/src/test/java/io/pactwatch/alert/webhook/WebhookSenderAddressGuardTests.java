package io.pactwatch.alert.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.pactwatch.alert.support.WebhookReceiver;
import io.pactwatch.netguard.AddressGuard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook sender goes through the address guard on every connection. */
class WebhookSenderAddressGuardTests {

	@Test
	void senderChecksTheAddressOfEveryNewConnectionSoDnsRebindingIsRefused() {
		Map<String, List<String>> dns = new ConcurrentHashMap<>(Map.of("hooks.test", List.of("127.0.0.1")));
		AddressGuard guard = new AddressGuard(List.of("127.0.0.1"), resolving(dns));
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			String url = receiver.url("/in").replace("127.0.0.1", "hooks.test");
			assertThat(sendOnce(guard, url).delivered()).isTrue();

			dns.put("hooks.test", List.of("127.0.0.2"));
			WebhookSender.Outcome refused = sendOnce(guard, url);

			assertThat(refused.delivered()).isFalse();
			assertThat(refused.statusCode()).isNull();
			assertThat(refused.error()).startsWith("refused: hooks.test resolves to 127.0.0.2, a loopback address");
			assertThat(receiver.received("/in")).hasSize(1);
		}
	}

	@Test
	void senderRefusesIpLiteralsOutsideTheAllowList() {
		try (WebhookReceiver receiver = new WebhookReceiver("127.0.0.2")) {
			WebhookSender.Outcome refused = sendOnce(new AddressGuard(List.of("127.0.0.1")), receiver.url("/in"));
			assertThat(refused.error()).startsWith("refused: 127.0.0.2 resolves to 127.0.0.2, a loopback address");
			assertThat(receiver.received("/in")).isEmpty();
		}
	}

	private static WebhookSender.Outcome sendOnce(AddressGuard guard, String url) {
		WebhookSender sender = new WebhookSender(Duration.ofSeconds(2), Duration.ofSeconds(5), 2, guard, Clock.systemUTC());
		try {
			return sender.send(new WebhookSender.Outgoing(java.net.URI.create(url), "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
					"msg_1", "{}")).block(Duration.ofSeconds(10));
		}
		finally {
			sender.destroy();
		}
	}

	private static AddressGuard.HostResolver resolving(Map<String, List<String>> names) {
		return (host) -> {
			List<String> addresses = names.get(host);
			if (addresses == null) {
				throw new UnknownHostException(host);
			}
			List<InetAddress> resolved = new ArrayList<>();
			for (String address : addresses) {
				resolved.add(InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress()));
			}
			return resolved;
		};
	}

}
