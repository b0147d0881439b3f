package com.safeward.compliance;

import java.time.Instant;

import com.safeward.kernel.Text;

/**
 * A record of the year that the Safe Hospital assessment weighs (SUP-2): an inspection with its
 * score, a summary of the rectification ledger; {@code score} only where the record has one (in %).
 */
public record AssessmentRecord(Text title, Instant at, Integer score, Text detail, String link) {
}
