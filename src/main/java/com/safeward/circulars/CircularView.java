package com.safeward.circulars;

import java.time.Instant;
import java.util.List;

/** A circular and, for each hospital it went to, whether and when it was read. */
record CircularView(long id, String title, String summary, String lessons, Long incidentId, String issuedBy,
        Instant issuedAt, long hospitals, long read, List<Receipt> receipts) {

    /** One hospital's reading. */
    public record Receipt(long hospitalId, String hospitalLabel, String readBy, Instant readAt) {
    }
}
