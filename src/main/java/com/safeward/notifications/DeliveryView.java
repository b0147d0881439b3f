package com.safeward.notifications;

import java.time.Instant;

/** One notification sent (or being retried) through a channel. */
public record DeliveryView(long id, long channelId, String kind, String title, DeliveryStatus status, int attempts,
        String lastError, Instant createdAt, Instant sentAt) {
}
