/**
 * Escalation reports (INC-6, N-5.2, H-3.2): which report goes to whom by when is configuration
 * per region ({@code safeward.reporting.rules}, the notices' defaults in application.properties).
 * When an incident's consequences make reports owed, they are created with a due time, the
 * report text is generated from the incident, and a persistent deadline task watches each one:
 * an overdue report alerts the hospital's responsible people and the regulators above it, and
 * shows on the regulators' view. Submission by the hospital and receipt by each level are recorded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Escalation reports",
        allowedDependencies = {"audit", "compliance", "incidents", "organizations"})
package com.safeward.reports;
