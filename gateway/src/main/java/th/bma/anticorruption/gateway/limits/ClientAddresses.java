package th.bma.anticorruption.gateway.limits;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Where a request comes from, for the per-source limit on public tracking. The direct peer, unless the peer is one
 * of the configured trusted proxies ({@code platform.gateway.trusted-proxies}, CIDR ranges; none by default): then
 * the right-most address in {@code X-Forwarded-For} that is not itself a trusted proxy. Everything to the left of
 * that address was written by the client and could be forged, so it is never used; neither is the header when the
 * peer is not trusted. The address is a key in memory only and is never logged.
 */
public final class ClientAddresses {

    /** The exchange attribute holding the client address, recorded before forwarding headers are stripped. */
    public static final String ATTRIBUTE = ClientAddresses.class.getName() + ".client";

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String UNKNOWN = "unknown";

    private final List<IpSubnetFilterRule> trustedProxies;

    /** @param trustedProxyRanges CIDR ranges or single addresses (IP literals only: never resolved by DNS) */
    public ClientAddresses(List<String> trustedProxyRanges) {
        List<IpSubnetFilterRule> ranges = new ArrayList<>();
        for (String range : trustedProxyRanges) {
            ranges.add(parseRange(range.trim()));
        }
        this.trustedProxies = List.copyOf(ranges);
    }

    /** The client address of the request, canonical (one spelling per address). */
    public String of(ServerHttpRequest request) {
        String peer = peerOf(request.getRemoteAddress());
        if (peer == null) {
            return UNKNOWN;
        }
        String client = peer;
        if (!isTrustedProxy(client)) {
            return client;
        }
        List<String> hops = forwardedFor(request.getHeaders());
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = canonical(hops.get(i));
            if (hop == null) {
                // not an address: written by the client, not by a proxy we trust; keep the last hop we could trust
                return client;
            }
            client = hop;
            if (!isTrustedProxy(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean isTrustedProxy(String address) {
        if (trustedProxies.isEmpty()) {
            return false;
        }
        InetAddress parsed = NetUtil.createInetAddressFromIpAddressString(address);
        if (parsed == null) {
            return false; // e.g. an IPv6 peer with a zone index: never one of our proxies' configured addresses
        }
        InetSocketAddress hop = new InetSocketAddress(parsed, 0);
        return trustedProxies.stream().anyMatch(range -> range.matches(hop));
    }

    private static IpSubnetFilterRule parseRange(String range) {
        int slash = range.indexOf('/');
        String address = slash < 0 ? range : range.substring(0, slash);
        if (!isIpLiteral(address)) {
            throw new IllegalArgumentException("platform.gateway.trusted-proxies: not an IP address or CIDR range: "
                    + range);
        }
        boolean v4 = NetUtil.isValidIpV4Address(address);
        int prefix;
        try {
            prefix = slash < 0 ? (v4 ? 32 : 128) : Integer.parseInt(range.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("platform.gateway.trusted-proxies: not a prefix length: " + range, e);
        }
        if (prefix < 0 || prefix > (v4 ? 32 : 128)) {
            throw new IllegalArgumentException("platform.gateway.trusted-proxies: not a prefix length: " + range);
        }
        return new IpSubnetFilterRule(NetUtil.createInetAddressFromIpAddressString(address), prefix,
                IpFilterRuleType.ACCEPT);
    }

    private static String peerOf(InetSocketAddress remote) {
        if (remote == null || remote.getAddress() == null) {
            return null;
        }
        return remote.getAddress().getHostAddress();
    }

    private static List<String> forwardedFor(HttpHeaders headers) {
        List<String> hops = new ArrayList<>();
        List<String> values = headers.get(FORWARDED_FOR);
        if (values != null) {
            values.forEach(value -> Arrays.stream(value.split(",")).map(String::trim)
                    .filter(hop -> !hop.isEmpty()).forEach(hops::add));
        }
        return hops;
    }

    /** An X-Forwarded-For entry as a canonical IP address ({@code [v6]:port} and {@code v4:port} allowed), or null. */
    static String canonical(String hop) {
        String address = hop.trim();
        if (address.startsWith("[") && address.indexOf(']') > 0) {
            address = address.substring(1, address.indexOf(']'));
        } else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')) {
            address = address.substring(0, address.indexOf(':'));
        }
        if (!isIpLiteral(address)) {
            return null;
        }
        return NetUtil.createInetAddressFromIpAddressString(address).getHostAddress();
    }

    private static boolean isIpLiteral(String address) {
        return NetUtil.isValidIpV4Address(address) || NetUtil.isValidIpV6Address(address);
    }
}
