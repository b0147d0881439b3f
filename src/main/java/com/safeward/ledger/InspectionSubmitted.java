package com.safeward.ledger;

/** SUP-2: an inspection was signed off; {@code findings} items went to the hospital's ledger. */
public record InspectionSubmitted(long inspectionId, long hospitalId, String templateName, boolean byHospital,
        int findings) {
}
