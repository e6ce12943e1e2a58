package io.pactwatch.netguard;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps pactwatch's outbound HTTP (webhooks to subscribers, fetches of pages and feeds)
 * away from addresses inside the operator's network: loopback, private
 * (RFC 1918, unique local), link-local (with the cloud metadata address 169.254.169.254),
 * shared (CGNAT, where 100.100.100.200 serves metadata), unspecified, multicast, broadcast,
 * reserved and documentation ranges, and IPv6 forms that embed such an IPv4 address
 * (mapped, compatible, NAT64, 6to4; Teredo entirely). A host is refused if any address it
 * resolves to is refused, unless the operator's allow-list names the host or the address.
 * Used when a URL is given and again on every connection, redirects included (DNS can
 * change): see {@link GuardedAddressResolverGroup}.
 */
public class AddressGuard {

	/** Resolves a host name to its addresses (the JDK's resolver, or a test's). */
	@FunctionalInterface
	public interface HostResolver {

		List<InetAddress> resolve(String host) throws UnknownHostException;

	}

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.?");

	private static final List<Range> REFUSED_V4 = List.of(range("0.0.0.0/8", "an unspecified ('this network')"),
			range("10.0.0.0/8", "a private"), range("100.64.0.0/10", "a shared (carrier-grade NAT)"),
			range("127.0.0.0/8", "a loopback"), range("169.254.169.254/32", "the cloud metadata"),
			range("169.254.0.0/16", "a link-local"), range("172.16.0.0/12", "a private"),
			range("192.0.0.0/24", "an IETF protocol"), range("192.0.2.0/24", "a documentation"),
			range("192.168.0.0/16", "a private"), range("198.18.0.0/15", "a benchmarking"),
			range("198.51.100.0/24", "a documentation"), range("203.0.113.0/24", "a documentation"),
			range("224.0.0.0/4", "a multicast"), range("240.0.0.0/4", "a reserved"));

	private static final List<Range> REFUSED_V6 = List.of(range("::/128", "an unspecified"),
			range("::1/128", "a loopback"), range("100::/64", "a discard-only"), range("2001::/32", "a Teredo"),
			range("2001:db8::/32", "a documentation"), range("fc00::/7", "a private (unique local)"),
			range("fe80::/10", "a link-local"), range("fec0::/10", "a site-local"), range("ff00::/8", "a multicast"));

	private final List<Range> allowedRanges = new ArrayList<>();

	private final List<String> allowedHosts = new ArrayList<>();

	private final HostResolver resolver;

	public AddressGuard(List<String> allowList) {
		this(allowList, (host) -> Arrays.asList(InetAddress.getAllByName(host)));
	}

	public AddressGuard(List<String> allowList, HostResolver resolver) {
		for (String entry : allowList) {
			String value = entry.strip().toLowerCase(Locale.ROOT);
			if (value.contains("/") || value.contains(":") || IPV4.matcher(value).matches()) {
				this.allowedRanges.add(range(value.contains("/") ? value : value + "/" + (value.contains(":") ? 128 : 32),
						"an allowed"));
			}
			else if (HOST_NAME.matcher(value).matches()) {
				this.allowedHosts.add(stripDot(value));
			}
			else {
				throw new IllegalArgumentException("Allow-list entry '" + entry
						+ "' is neither an IP address, a CIDR range nor a host name");
			}
		}
		this.resolver = resolver;
	}

	/**
	 * Resolves the host and checks every address.
	 * @return the addresses, all allowed
	 * @throws UnknownHostException if the host does not resolve
	 * @throws BlockedAddressException if an address is refused
	 */
	public List<InetAddress> check(String host) throws UnknownHostException {
		String name = unbracket(host);
		List<InetAddress> addresses = this.resolver.resolve(name);
		if (addresses.isEmpty()) {
			throw new UnknownHostException(name + " has no address");
		}
		check(name, addresses);
		return addresses;
	}

	/** Checks addresses that {@code host} resolved to. */
	public void check(String host, List<InetAddress> addresses) throws BlockedAddressException {
		if (this.allowedHosts.contains(stripDot(unbracket(host).toLowerCase(Locale.ROOT)))) {
			return;
		}
		for (InetAddress address : addresses) {
			String refused = refusal(address);
			if (refused != null) {
				throw new BlockedAddressException(host + " resolves to " + address.getHostAddress() + ", " + refused
						+ " address; only public addresses are allowed");
			}
		}
	}

	/** Why the address is refused ("a private", "a loopback"...), or null if it is allowed. */
	String refusal(InetAddress address) {
		if (this.allowedRanges.stream().anyMatch((range) -> range.contains(address))) {
			return null;
		}
		if (address instanceof Inet6Address) {
			Inet4Address embedded = embeddedIpv4(address.getAddress());
			if (embedded != null) {
				String refused = refusal(embedded);
				return (refused != null) ? refused + " (embedded in IPv6)" : null;
			}
			return firstRefusal(REFUSED_V6, address);
		}
		return firstRefusal(REFUSED_V4, address);
	}

	private static String firstRefusal(List<Range> ranges, InetAddress address) {
		return ranges.stream().filter((range) -> range.contains(address)).findFirst().map(Range::what).orElse(null);
	}

	/** The IPv4 address in an IPv4-mapped, -compatible, NAT64 (64:ff9b::/96) or 6to4 address. */
	private static Inet4Address embeddedIpv4(byte[] v6) {
		boolean zeros80 = isZero(v6, 0, 10);
		boolean mapped = zeros80 && (v6[10] & 0xff) == 0xff && (v6[11] & 0xff) == 0xff;
		boolean compatible = zeros80 && v6[10] == 0 && v6[11] == 0 && !isZero(v6, 12, 16) && !(isZero(v6, 12, 15) && v6[15] == 1);
		boolean nat64 = (v6[0] & 0xff) == 0x00 && (v6[1] & 0xff) == 0x64 && (v6[2] & 0xff) == 0xff && (v6[3] & 0xff) == 0x9b
				&& isZero(v6, 4, 12);
		try {
			if (mapped || compatible || nat64) {
				return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(v6, 12, 16));
			}
			if ((v6[0] & 0xff) == 0x20 && (v6[1] & 0xff) == 0x02) {
				return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(v6, 2, 6));
			}
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
		return null;
	}

	private static boolean isZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	private static String unbracket(String host) {
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

	private static String stripDot(String host) {
		return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
	}

	private static Range range(String cidr, String what) {
		int slash = cidr.indexOf('/');
		try {
			byte[] network = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
			int bits = Integer.parseInt(cidr.substring(slash + 1));
			if (bits < 0 || bits > network.length * 8) {
				throw new IllegalArgumentException("prefix length " + bits);
			}
			return new Range(network, bits, what);
		}
		catch (UnknownHostException | RuntimeException ex) {
			throw new IllegalArgumentException("Allow-list entry '" + cidr + "' is not a valid "
					+ "IP address or CIDR range", ex);
		}
	}

	private record Range(byte[] network, int bits, String what) {

		boolean contains(InetAddress address) {
			byte[] bytes = address.getAddress();
			if (bytes.length != this.network.length) {
				return false;
			}
			int full = this.bits / 8;
			for (int i = 0; i < full; i++) {
				if (bytes[i] != this.network[i]) {
					return false;
				}
			}
			int rest = this.bits % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xff << (8 - rest)) & 0xff;
			return (bytes[full] & mask) == (this.network[full] & mask);
		}

	}

}
