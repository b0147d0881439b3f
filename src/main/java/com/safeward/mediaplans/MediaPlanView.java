package com.safeward.mediaplans;

import java.time.Instant;
import java.time.LocalDate;

/** A hospital's media contact and release plan; {@code missing} when the hospital has none yet. */
public record MediaPlanView(long hospitalId, String hospitalLabel, boolean missing, String contactName,
        String contactTitle, String contactPhone, String plan, LocalDate reviewedOn, String updatedBy,
        Instant updatedAt) {
}
