package com.safeward.incidents;

/** INC-3: the police of the responsible station recorded their disposal opinion, which the hospital sees. */
public record PoliceDisposalRecorded(long incidentId, long hospitalId, String opinion, String officer) {
}
