package com.safeward.notifications;

import java.time.Instant;

/** A notification as its recipient sees it. */
public record NotificationView(long id, String kind, String title, String body, String link, Long hospitalId,
        Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
