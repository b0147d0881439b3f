package com.safeward.organizations;

import java.util.List;

/**
 * A hospital as the compliance rules see it (SUP-4): who it is, where (its region codes, root
 * first: a rule's numbers and applicability can depend on the province), and the facts the
 * notices' thresholds use — grade (POL-1, SCR-1), open beds, daily outpatient visits, on-duty
 * medical staff (PER-2), complex public order (POL-1).
 */
public record HospitalFacts(long id, String code, String name, long regionId, List<String> regionCodes,
        HospitalGrade grade, int openBeds, int dailyOutpatients, int onDutyMedicalStaff, boolean complexPublicOrder) {

    public String label() {
        return code + " " + name;
    }

    /** 二级及以上 (POL-1). */
    public boolean gradeTwoOrAbove() {
        return grade == HospitalGrade.LEVEL_2 || grade == HospitalGrade.LEVEL_3;
    }
}
