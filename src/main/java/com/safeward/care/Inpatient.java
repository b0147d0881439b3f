package com.safeward.care;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.safeward.kernel.RuleViolation;

/**
 * A long-term inpatient (WL-6), name sealed. Assessed and discharged only on days of the stay, not
 * in the future; each assessment moves the next due date by the hospital's schedule.
 */
@Table("inpatients")
record Inpatient(@Id Long id, Long hospitalId, Long departmentId, String admissionNo, String patientCipher,
        String patientMasked, String bed, LocalDate admittedOn, LocalDate dischargedOn, LocalDate dueOn,
        String registeredBy, Instant createdAt, @Version Integer version) {

    static Inpatient admit(long hospitalId, long departmentId, String admissionNo, String patientCipher,
            String patientMasked, String bed, LocalDate admittedOn, LocalDate today, AssessmentSchedule schedule,
            String by, Instant now) {
        if (admittedOn.isAfter(today)) {
            throw new RuleViolation("admittedOn", "validation.care.admittedOn");
        }
        return new Inpatient(null, hospitalId, departmentId, admissionNo, patientCipher, patientMasked, bed, admittedOn,
                null, schedule.firstDue(admittedOn), by, now, null);
    }

    /** An assessment on {@code on}: its day lies in the stay; the next one is due by the schedule. */
    Inpatient assessed(LocalDate on, LocalDate today, AssessmentSchedule schedule) {
        if (on.isAfter(today) || on.isBefore(admittedOn)) {
            throw new RuleViolation("assessedOn", "validation.care.assessedOn");
        }
        LocalDate next = schedule.nextDue(admittedOn, on);
        return next.isAfter(dueOn) ? with(dischargedOn, next) : this;
    }

    Inpatient discharge(LocalDate on, LocalDate today) {
        if (dischargedOn != null) {
            throw new RuleViolation("dischargedOn", "validation.care.discharged");
        }
        if (on.isBefore(admittedOn) || on.isAfter(today)) {
            throw new RuleViolation("dischargedOn", "validation.care.dischargedOn");
        }
        return with(on, dueOn);
    }

    private Inpatient with(LocalDate discharged, LocalDate due) {
        return new Inpatient(id, hospitalId, departmentId, admissionNo, patientCipher, patientMasked, bed, admittedOn,
                discharged, due, registeredBy, createdAt, version);
    }
}
