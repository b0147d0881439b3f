package com.safeward;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.safeward.notifications.HostResolver;

/**
 * Name resolution for tests that never asks a real DNS server: address literals and {@code localhost}
 * as the system reads them (no network), names a test {@link #map}s, and nothing else.
 */
public class TestHostResolver implements HostResolver {

    private final Map<String, String> names = new ConcurrentHashMap<>();

    /** From now on the name resolves to the address (a literal). */
    public void map(String name, String address) {
        names.put(name, address);
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String mapped = names.get(host);
        if (mapped != null) {
            return new InetAddress[] {InetAddress.getByName(mapped)};
        }
        if (host.equals("localhost") || host.matches("[0-9.]+") || host.contains(":")) {
            return InetAddress.getAllByName(host);
        }
        throw new UnknownHostException(host + " (test resolver: not mapped)");
    }
}
