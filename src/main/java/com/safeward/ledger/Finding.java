package com.safeward.ledger;

import java.time.Instant;

/**
 * A problem found at a hospital, as any module hands it to the ledger (RSK-2): where it comes from
 * ({@code sourceRef}: the record that found it, e.g. {@code inspection:12}), who raised it (and for
 * a regulator's or the police's finding, their region or station: they hear when it is overdue or
 * closed), the place, what is wrong, how serious, the requirement it breaks. Owner department:
 * null means the hospital's security department; {@code dueAt} null means the default deadline
 * for the severity in the hospital's region.
 */
public record Finding(long hospitalId, RectificationSource source, String sourceRef, String raisedBy,
        Long raisedByRegionId, Long raisedByStationId, Long areaId, String place, String problem, Severity severity,
        String requirementId, Long ownerDepartmentId, String owner, String measures, Instant dueAt) {

    public Finding {
        if (problem == null || problem.isBlank() || source == null || severity == null || raisedBy == null) {
            throw new IllegalArgumentException("a finding needs source, raisedBy, problem and severity");
        }
    }

    /** A finding of the hospital's own people, owned by the security department until someone assigns it. */
    public static Finding of(long hospitalId, RectificationSource source, String sourceRef, String raisedBy,
            String place, String problem, Severity severity, String requirementId) {
        return new Finding(hospitalId, source, sourceRef, raisedBy, null, null, null, place, problem, severity,
                requirementId, null, null, null, null);
    }
}
