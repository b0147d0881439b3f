package com.safeward.notifications;

import java.util.Collection;
import java.util.List;

import com.safeward.kernel.Text;

/**
 * One notification to a set of people: what it is about, its title and body as texts (each reader
 * sees them in their language), and where it leads. The hospital decides which channels also
 * carry it.
 */
record Notice(NotificationKind kind, Long hospitalId, List<String> recipients, Text title, Text body, String link) {

    Notice {
        recipients = recipients.stream().distinct().toList();
    }

    static Notice of(NotificationKind kind, Long hospitalId, Collection<String> recipients, Text title, Text body,
            String link) {
        return new Notice(kind, hospitalId, List.copyOf(recipients), title, body, link);
    }
}
