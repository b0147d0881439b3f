package com.safeward.ingest;

/** Who may see the device messages SafeWard refused (dead letters); within their data scope. */
final class IngestAccess {

    static final String DEAD_LETTERS = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','SECURITY_OFFICER')";

    private IngestAccess() {
    }
}
