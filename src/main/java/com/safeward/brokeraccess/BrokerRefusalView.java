package com.safeward.brokeraccess;

import java.time.Instant;

/**
 * Refusals of one kind in one minute: the hospital and device when the user name or topic named
 * one ({@code hospitalLabel}/{@code deviceCode} empty otherwise), the reason, the user name (or
 * topic) the client gave, how many and the last one.
 */
public record BrokerRefusalView(long id, Long hospitalId, String hospitalLabel, Long deviceId, String deviceCode,
        String reason, String username, Instant minute, long count, Instant lastAt) {
}
