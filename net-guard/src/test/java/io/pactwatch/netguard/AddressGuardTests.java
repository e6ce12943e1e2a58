package io.pactwatch.netguard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class AddressGuardTests {

	private final AddressGuard guard = new AddressGuard(List.of());

	@Test
	void internalAddressesAreRefused() throws Exception {
		for (String address : List.of("127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1",
				"169.254.169.254", "169.254.1.1", "100.100.100.200", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::",
				"fe80::1", "fc00::1", "fd00:ec2::254", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1",
				"2002:a00:1::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "198.18.0.1")) {
			assertThat(this.guard.refusal(InetAddress.getByName(address))).as(address).isNotNull();
		}
		assertThat(this.guard.refusal(InetAddress.getByName("169.254.169.254"))).isEqualTo("the cloud metadata");
		assertThat(this.guard.refusal(InetAddress.getByName("10.1.2.3"))).isEqualTo("a private");
	}

	@Test
	void publicAddressesAreAllowed() throws Exception {
		for (String address : List.of("8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "2606:4700:4700::1111",
				"64:ff9b::808:808", "2002:808:808::1")) {
			assertThat(this.guard.refusal(InetAddress.getByName(address))).as(address).isNull();
		}
	}

	@Test
	void obscureSpellingsOfLoopbackAreResolvedAndRefused() {
		for (String host : List.of("2130706433", "127.1", "[::1]", "[::ffff:127.0.0.1]", "localhost")) {
			assertThatExceptionOfType(BlockedAddressException.class).as(host)
				.isThrownBy(() -> this.guard.check(host))
				.withMessageContaining("only public addresses are allowed");
		}
	}

	@Test
	void hostIsRefusedIfAnyOfItsAddressesIs() {
		AddressGuard guard = new AddressGuard(List.of(), resolving(Map.of("mixed.example", List.of("93.184.216.34", "10.0.0.7"))));
		assertThatExceptionOfType(BlockedAddressException.class).isThrownBy(() -> guard.check("mixed.example"))
			.withMessageContaining("10.0.0.7, a private address");
	}

	@Test
	void allowListNamesAddressesRangesOrHosts() throws Exception {
		AddressGuard guard = new AddressGuard(List.of("127.0.0.1", "10.1.0.0/16", "::1", "Hooks.Internal"),
				resolving(Map.of("hooks.internal", List.of("10.9.9.9"), "other.internal", List.of("10.9.9.9"))));
		assertThat(guard.refusal(InetAddress.getByName("127.0.0.1"))).isNull();
		assertThat(guard.refusal(InetAddress.getByName("127.0.0.2"))).isEqualTo("a loopback");
		assertThat(guard.refusal(InetAddress.getByName("10.1.200.3"))).isNull();
		assertThat(guard.refusal(InetAddress.getByName("10.2.0.1"))).isEqualTo("a private");
		assertThat(guard.refusal(InetAddress.getByName("::1"))).isNull();
		assertThatNoException().isThrownBy(() -> guard.check("hooks.internal"));
		assertThatExceptionOfType(BlockedAddressException.class).isThrownBy(() -> guard.check("other.internal"));
	}

	@Test
	void badAllowListEntriesFailAtStartup() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AddressGuard(List.of("10.0.0.0/33")));
		assertThatIllegalArgumentException().isThrownBy(() -> new AddressGuard(List.of("not a host!")));
	}

	@Test
	void unknownHostIsNotBlockedButUnknown() {
		assertThatExceptionOfType(UnknownHostException.class).isThrownBy(() -> this.guard.check("no-such-host.invalid"))
			.isNotInstanceOf(BlockedAddressException.class);
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
