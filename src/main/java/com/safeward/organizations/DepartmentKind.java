package com.safeward.organizations;

/** Broad kind of a department, used by later rules (e.g. the emergency department's guards, PAT-4). */
public enum DepartmentKind {
    CLINICAL, EMERGENCY, OUTPATIENT, INPATIENT, MEDICAL_TECHNOLOGY, PHARMACY, SECURITY, PATIENT_RELATIONS,
    ADMINISTRATION, LOGISTICS, OTHER
}
