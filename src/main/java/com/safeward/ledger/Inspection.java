package com.safeward.ledger;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.safeward.kernel.RuleViolation;

/**
 * SUP-2: one inspection of a hospital with one checklist version, by the hospital itself or by a
 * regulator or the police (the conducting body: region or station). Its items (a copy of the
 * template's, and the hospital's own) are answered one by one; signing it off fixes the answers and
 * counts the findings.
 */
@Table("inspections")
record Inspection(@Id Long id, Long hospitalId, Long templateId, InspectionKind kind, InspectionStatus status,
        String conductedBy, Long conductorRegionId, Long conductorStationId, Instant startedAt, Instant submittedAt,
        String conclusion, int compliantCount, int findingCount, @Version Integer version) {

    static Inspection start(long hospitalId, long templateId, InspectionKind kind, String by, Long regionId,
            Long stationId, Instant now) {
        return new Inspection(null, hospitalId, templateId, kind, InspectionStatus.IN_PROGRESS, by, regionId, stationId,
                now, null, null, 0, 0, null);
    }

    Inspection submit(String signedConclusion, int compliant, int findings, Instant now) {
        requireInProgress();
        return new Inspection(id, hospitalId, templateId, kind, InspectionStatus.SUBMITTED, conductedBy,
                conductorRegionId, conductorStationId, startedAt, now, signedConclusion, compliant, findings, version);
    }

    void requireInProgress() {
        if (status != InspectionStatus.IN_PROGRESS) {
            throw new RuleViolation("status", "validation.inspection.submitted");
        }
    }

    /** Where its findings come from in the ledger: the hospital's own check, or an inspection from outside. */
    RectificationSource findingSource() {
        return kind.byHospital() ? RectificationSource.SELF_CHECK : RectificationSource.INSPECTION;
    }
}
