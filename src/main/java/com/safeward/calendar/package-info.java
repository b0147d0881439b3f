/**
 * The working-day calendar (DSP-1): deadlines the complaint rules set in working days (feedback
 * within 5, or 10 when several departments are involved) count China's public holidays and the
 * weekend days worked instead (调休上班), as the State Council announces them each year. System
 * admins keep the table per year (2026 is seeded); a date not listed is a working day from Monday
 * to Friday. Other modules ask {@link com.safeward.calendar.WorkingCalendar}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar",
        allowedDependencies = {"audit", "organizations"})
package com.safeward.calendar;
