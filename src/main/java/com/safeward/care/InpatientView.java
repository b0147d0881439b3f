package com.safeward.care;

import java.time.LocalDate;
import java.util.List;

/** A long-term inpatient as the ward sees it: name masked, where they stand with assessments. */
record InpatientView(long id, long hospitalId, String ward, String admissionNo, String patientMasked, String bed,
        LocalDate admittedOn, LocalDate dischargedOn, long daysInHospital, LocalDate lastAssessedOn, LocalDate dueOn,
        CareStatus status, List<Assessment> assessments, List<InterventionView> interventions) {

    /** One assessment. */
    record Assessment(long id, LocalDate assessedOn, String assessedBy, AssessmentResult result, Integer score,
            String note) {
    }

    InpatientView with(List<Assessment> allAssessments, List<InterventionView> allInterventions) {
        return new InpatientView(id, hospitalId, ward, admissionNo, patientMasked, bed, admittedOn, dischargedOn,
                daysInHospital, lastAssessedOn, dueOn, status, allAssessments, allInterventions);
    }
}
