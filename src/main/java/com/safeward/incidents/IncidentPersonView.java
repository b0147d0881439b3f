package com.safeward.incidents;

import java.time.Instant;

import com.safeward.personaldata.DocumentType;

/** A person as lists show them: masked; the full values only through an audited reveal. */
public record IncidentPersonView(long id, long incidentId, IncidentPersonRole role, String name,
        DocumentType documentType, String documentNumber, String phone, String employer, String note,
        Instant handedToPoliceAt, Instant creditRecordedAt, Instant employerNotifiedAt, String registeredBy,
        Instant registeredAt) {
}
