package com.safeward.notifications;

import static com.safeward.organizations.Role.MEDICAL_STAFF;
import static com.safeward.organizations.Role.MONITORING_OPERATOR;
import static com.safeward.organizations.Role.SECURITY_OFFICER;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.safeward.kernel.Text;
import com.safeward.organizations.DepartmentView;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.watchlist.DelistingProposed;
import com.safeward.watchlist.HighRiskPersonScreened;
import com.safeward.watchlist.ListingExpired;
import com.safeward.watchlist.ListingProposed;
import com.safeward.watchlist.ListingReviewed;
import com.safeward.watchlist.ScreeningAdvice;
import com.safeward.watchlist.ScreeningOutcome;

/** Who hears of high-risk persons: reviews of the register (WL-1, WL-7) and matches at screening (WL-3). */
@Component
class WatchlistNotices {

    private final NotificationCenter center;
    private final Recipients recipients;
    private final OrganizationDirectory organizations;

    WatchlistNotices(NotificationCenter center, Recipients recipients, OrganizationDirectory organizations) {
        this.center = center;
        this.recipients = recipients;
        this.organizations = organizations;
    }

    /**
     * WL-3: security and the monitoring center, and the medical staff of the department or ward
     * where the person is, at once. Synchronous, in the screening's transaction: the hospital
     * information system's answer says they have been alerted, so they must have been.
     */
    @EventListener
    void on(HighRiskPersonScreened screened) {
        String department = screened.departmentId() == null ? null
                : organizations.department(screened.hospitalId(), screened.departmentId()).map(DepartmentView::name)
                        .orElse(null);
        Text title = Text.of(screened.outcome() == ScreeningOutcome.EXACT ? "notice.highRisk.exact"
                : "notice.highRisk.possible", screened.nameMasked(), Text.of(screened.category()),
                Text.of(screened.riskLevel()), Text.of(screened.context()),
                department == null ? "" : Text.of("notice.highRisk.where", department));
        String screening = "/screenings/" + screened.screeningId();
        center.send(Notice.of(NotificationKind.HIGH_RISK_PERSON, screened.hospitalId(),
                recipients.at(screened.hospitalId(), SECURITY_OFFICER, MONITORING_OPERATOR), title,
                Text.of(ScreeningAdvice.of(screened.outcome(), screened.riskLevel())), screening));
        List<String> staff = recipients.inDepartment(screened.hospitalId(), screened.departmentId(), MEDICAL_STAFF);
        if (!staff.isEmpty()) {
            center.send(Notice.of(NotificationKind.HIGH_RISK_PERSON, screened.hospitalId(), staff, title,
                    Text.of("notice.highRisk.staff"), "/notifications"));
        }
    }

    /** WL-1: the security officer reviews every proposal. */
    @ApplicationModuleListener
    void on(ListingProposed proposed) {
        center.send(Notice.of(NotificationKind.WATCHLIST_REVIEW, proposed.hospitalId(),
                recipients.at(proposed.hospitalId(), SECURITY_OFFICER),
                Text.of("notice.listingProposed.title", proposed.nameMasked()), Text.of("notice.text", proposed.reasons()),
                listing(proposed.listingId())));
    }

    /** WL-7: the proposer learns the decision. */
    @ApplicationModuleListener
    void on(ListingReviewed reviewed) {
        center.send(Notice.of(NotificationKind.WATCHLIST_REVIEWED, reviewed.hospitalId(), List.of(reviewed.proposedBy()),
                Text.of("notice.listingReviewed.title", reviewed.nameMasked()),
                Text.of("trail.LISTING." + reviewed.decision()), listing(reviewed.listingId())));
    }

    /** WL-7: delisting is reviewed like a listing. */
    @ApplicationModuleListener
    void on(DelistingProposed proposed) {
        center.send(Notice.of(NotificationKind.WATCHLIST_REVIEW, proposed.hospitalId(),
                recipients.at(proposed.hospitalId(), SECURITY_OFFICER),
                Text.of("notice.delistingProposed.title", proposed.nameMasked()), Text.of("notice.text", proposed.reason()),
                listing(proposed.listingId())));
    }

    /** WL-7: an expired listing is renewed only after the security officer's review. */
    @ApplicationModuleListener
    void on(ListingExpired expired) {
        center.send(Notice.of(NotificationKind.WATCHLIST_EXPIRED, expired.hospitalId(),
                recipients.at(expired.hospitalId(), SECURITY_OFFICER),
                Text.of("notice.listingExpired.title", expired.nameMasked()), Text.of("notice.listingExpired.body"),
                listing(expired.listingId())));
    }

    private static String listing(long id) {
        return "/watchlist/" + id;
    }
}
