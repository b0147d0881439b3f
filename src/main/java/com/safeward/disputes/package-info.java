/**
 * Complaints and medical disputes (DSP, INC-5). Complaints received by staff or filed by patients on
 * the hospital's public page (QR code, no login, rate-limited), owned by whoever received them until
 * a hand-over the next owner accepts (首诉负责制, DSP-1), with feedback deadlines in working days,
 * reminders and overdue alerts, and the published process to print. Medical disputes opened from a
 * complaint or directly: the patient side sealed, risk flags that alert security and propose the
 * people for the watchlist (DSP-9), the written notice of channels and its delivery (DSP-2), the
 * channels with their sessions (DSP-3, DSP-8), no negotiation while a linked disturbance goes on
 * (INC-5), liability before any compensation (DSP-4), leaders in charge (DSP-5), the review that
 * closes a dispute and feeds the rectification ledger (DSP-7), statistics. Risk prompt letters from
 * superiors (DSP-6). Compliance rules on each.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints and medical disputes",
        allowedDependencies = {"audit", "calendar", "compliance", "evidence", "identity", "incidents", "ledger", "organizations",
                "personaldata", "trail", "watchlist"})
package com.safeward.disputes;
