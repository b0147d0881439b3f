package com.safeward.notifications;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A channel as administrators see it: never its secret. {@code kinds} is {@code *} or a comma-separated list. */
public record ChannelView(long id, Long hospitalId, String hospitalLabel, String name, ChannelKind kind, String target,
        boolean signed, String kinds, boolean enabled, String createdBy, Instant createdAt) {

    /** The kinds of notification the channel carries; empty when it carries all of them. */
    public List<NotificationKind> subscribedKinds() {
        return Arrays.stream(kinds.split(",")).filter(NotificationKind::known).map(NotificationKind::valueOf).toList();
    }
}
