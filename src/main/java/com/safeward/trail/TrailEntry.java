package com.safeward.trail;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import com.safeward.kernel.Text;

/**
 * One step in a record's history. {@code action} is a code ({@code ACKNOWLEDGED}, {@code SOP_SKIPPED});
 * {@code label} what it says ({@code trail.<SUBJECT>.<ACTION>} with its arguments); {@code note} what
 * the person wrote, if anything; {@code reference} another record it led to ({@code incident:12}).
 */
public record TrailEntry(Instant at, String actor, String action, String note, String reference,
        @JsonIgnore Text label) {
}
