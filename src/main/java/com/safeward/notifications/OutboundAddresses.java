package com.safeward.notifications;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import com.safeward.kernel.RuleViolation;

/**
 * Where channels may send (SSRF, OWASP ASVS 12.6 / 5.2.6): a WeCom or DingTalk robot only to that
 * service's official robot host over HTTPS; a webhook to no loopback, link-local, private,
 * unique-local, shared (100.64/10), unspecified or multicast address, IPv4 or IPv6 — unless a
 * system administrator allowed the host by name ({@code safeward.notifications.allowed-hosts}).
 * Checked when a channel is saved and again, after resolving the name, before every send (a name
 * that resolves elsewhere by then is refused; the JVM's address cache keeps the sender's own look-up
 * a moment later on the same answer). No credentials in the address.
 */
@Component
class OutboundAddresses {

    static final Map<ChannelKind, String> ROBOT_HOSTS = Map.of(ChannelKind.WECOM_ROBOT, "qyapi.weixin.qq.com",
            ChannelKind.DINGTALK_ROBOT, "oapi.dingtalk.com");

    private final HostResolver resolver;
    private final Set<String> allowed;

    OutboundAddresses(HostResolver resolver, @Value("${safeward.notifications.allowed-hosts:}") List<String> allowed) {
        this.resolver = resolver;
        this.allowed = allowed.stream().map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Refuses (field {@code target}) an address the channel may not send to. */
    void check(ChannelKind kind, String target) {
        URI uri;
        try {
            uri = URI.create(target.strip());
        } catch (IllegalArgumentException malformed) {
            throw new RuleViolation("target", "validation.channel.url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (host == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new RuleViolation("target", "validation.channel.url");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RuleViolation("target", "validation.channel.credentials");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowed.contains(bare) || allowed.contains(host)) {
            return;
        }
        String robot = ROBOT_HOSTS.get(kind);
        if (robot != null && !(scheme.equals("https") && bare.equals(robot))) {
            throw new RuleViolation("target", "validation.channel.robotHost", robot);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException unknown) {
            throw new RuleViolation("target", "validation.channel.unresolvable", bare);
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                throw new RuleViolation("target", "validation.channel.internal", bare);
            }
        }
    }

    /** Loopback, link-local, private, unique-local, shared, unspecified, multicast, documentation-free reserved ranges. */
    static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second <= 127) // 0/8, shared 100.64/10
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking 198.18/15
                    || first >= 240; // reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            boolean mapped = true; // ::ffff:a.b.c.d written out (Java usually returns it as IPv4 already)
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
        }
        return false;
    }

    @Configuration
    static class Resolution {
        @Bean
        HostResolver hostResolver() {
            return HostResolver.system();
        }
    }
}
