/**
 * One-button and intrusion alarms (INC-1, TEC-1): an alarm is raised inside the intake
 * transaction of the device event that caused it, at the device's exact location, and pushed
 * live to the monitoring-center console and to integrators ({@code GET /api/v1/alarms/stream},
 * SSE event {@code alarm}). Acknowledged and cleared are separate facts; a panic alarm is latched
 * (GB 50394): no device event clears it, only an operator's reset with a note. Every action lands
 * in the alarm's trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alarms",
        allowedDependencies = {"audit", "compliance", "devices", "dispatch", "incidents", "ingest", "organizations", "trail", "watchlist"})
package com.safeward.alarms;
