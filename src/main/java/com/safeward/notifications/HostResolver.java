package com.safeward.notifications;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How a channel's host name becomes addresses before SafeWard sends anything there (the system
 * resolver; tests put a stub in its place so that no test resolves a real name or reaches a real
 * private address).
 */
@FunctionalInterface
public interface HostResolver {

    InetAddress[] resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return InetAddress::getAllByName;
    }
}
