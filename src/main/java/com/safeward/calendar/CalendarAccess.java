package com.safeward.calendar;

/** Who may read and keep the working-day calendar (DSP-1). */
final class CalendarAccess {

    /** Every signed-in user reads it: deadlines in working days are everyone's business. */
    static final String READ = "isAuthenticated()";
    /** System admins enter each year's arrangement and correct it. */
    static final String EDIT = "hasRole('SYSTEM_ADMIN')";

    private CalendarAccess() {
    }
}
