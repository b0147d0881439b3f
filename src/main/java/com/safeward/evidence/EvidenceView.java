package com.safeward.evidence;

import java.time.Instant;

/** An evidence file as lists show it (its bytes are downloaded separately, audited). */
public record EvidenceView(long id, String filename, String contentType, long sizeBytes, String sha256,
        String uploadedBy, Instant uploadedAt) {
}
