package com.safeward.compliance;

import java.time.Instant;

import com.safeward.kernel.Text;

/**
 * One line of a hospital's supervision history (SUP-3), from this module's actions or from another
 * module's records (a case under supervision 挂牌督办, a circular 通报): when, what kind (words),
 * what about, and where to read it.
 */
public record SupervisionEntry(Instant at, Text kind, String title, String link) {
}
