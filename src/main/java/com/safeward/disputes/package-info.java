/**
 * Complaints and medical disputes (DSP): complaints received by staff or filed by patients on the
 * hospital's public page (QR code, no login, rate-limited), owned by whoever received them until a
 * hand-over the next owner accepts (首诉负责制, DSP-1), with feedback deadlines in working days from
 * the working-day calendar, reminders and overdue alerts, and the published process to print; the
 * risk prompt letters (风险提示函, DSP-6) a superior authority sends — logged, read by the leaders,
 * answered with measures, closed before the deadline; compliance rules on both.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints and medical disputes",
        allowedDependencies = {"audit", "calendar", "compliance", "identity", "organizations", "personaldata", "trail"})
package com.safeward.disputes;
