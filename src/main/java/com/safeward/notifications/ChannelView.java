package com.safeward.notifications;

import java.time.Instant;

/** A channel as administrators see it: never its secret. */
public record ChannelView(long id, Long hospitalId, String name, ChannelKind kind, String target, boolean signed,
        String kinds, boolean enabled, String createdBy, Instant createdAt) {
}
