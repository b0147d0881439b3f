/**
 * Compliance computed from the data (SUP-4): the requirement catalog as data (every ID of the
 * requirements catalog with its clause and text, and where it applies), the rules the other
 * modules contribute ({@link com.safeward.compliance.ComplianceRule}: a requirement ID, where it
 * applies, and one evaluation of a set of hospitals at once), and the evaluation that keeps each
 * hospital's status per requirement — PASS, FAIL, NOT_APPLICABLE, NO_DATA — with its evidence,
 * when it was computed, and its history; regulators see it rolled up for their region (SUP-1).
 * This module knows no other module's tables: a new rule is a bean in its own module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compliance",
        allowedDependencies = {"audit", "evidence", "organizations"})
package com.safeward.compliance;
