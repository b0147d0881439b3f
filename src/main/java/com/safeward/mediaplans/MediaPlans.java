package com.safeward.mediaplans;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.kernel.NotFound;

/**
 * INC-8: every hospital keeps an information release plan and a designated media contact, shown
 * with its major cases; regulators see which hospitals of their region have none.
 */
@Service
@Transactional
public class MediaPlans {

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    MediaPlans(JdbcClient jdbc, OrganizationDirectory directory, AuditTrail audit, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MediaPlanView of(long hospitalId, DataScope scope) {
        if (!scope.includes(hospitalId) || !directory.hospitalExists(hospitalId)) {
            throw new NotFound("hospital", hospitalId);
        }
        String label = directory.hospitalLabel(hospitalId).orElse("");
        return jdbc.sql("select * from media_plans where hospital_id = :h").param("h", hospitalId)
                .query((rs, n) -> new MediaPlanView(hospitalId, label, false, rs.getString("contact_name"),
                        rs.getString("contact_title"), rs.getString("contact_phone"), rs.getString("plan"),
                        rs.getObject("reviewed_on", LocalDate.class), rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional().orElse(new MediaPlanView(hospitalId, label, true, null, null, null, null, null, null, null));
    }

    /** Every hospital of the scope, those without a plan first (regulators' view); one read of the plans. */
    @Transactional(readOnly = true)
    List<MediaPlanView> all(DataScope scope) {
        java.util.Map<Long, MediaPlanView> plans = new java.util.HashMap<>();
        scope.limit(new com.safeward.persistence.PagedQuery(), "hospital_id").list(jdbc, "media_plans", "hospital_id",
                (rs, n) -> plans.put(rs.getLong("hospital_id"), new MediaPlanView(rs.getLong("hospital_id"), null, false,
                        rs.getString("contact_name"), rs.getString("contact_title"), rs.getString("contact_phone"),
                        rs.getString("plan"), rs.getObject("reviewed_on", LocalDate.class), rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant())));
        return directory.hospitalChoices(scope).stream().map(h -> {
            MediaPlanView p = plans.get(h.id());
            return p == null ? new MediaPlanView(h.id(), h.label(), true, null, null, null, null, null, null, null)
                    : new MediaPlanView(h.id(), h.label(), false, p.contactName(), p.contactTitle(), p.contactPhone(),
                            p.plan(), p.reviewedOn(), p.updatedBy(), p.updatedAt());
        }).sorted(java.util.Comparator.comparing((MediaPlanView p) -> !p.missing())
                .thenComparing(MediaPlanView::hospitalLabel))
                .toList();
    }

    MediaPlanView save(long hospitalId, MediaPlanForm form, String actor, DataScope scope) {
        MediaPlanView before = of(hospitalId, scope);
        Timestamp now = Timestamp.from(Instant.now(clock));
        int updated = jdbc.sql("""
                update media_plans set contact_name = :n, contact_title = :t, contact_phone = :p, plan = :plan,
                    reviewed_on = :r, updated_by = :by, updated_at = :at where hospital_id = :h""")
                .param("n", form.contactName.trim()).param("t", blank(form.contactTitle) ? null : form.contactTitle.trim())
                .param("p", form.contactPhone.trim()).param("plan", form.plan.trim()).param("r", form.reviewedOn)
                .param("by", actor).param("at", now).param("h", hospitalId).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into media_plans (hospital_id, contact_name, contact_title, contact_phone, plan, reviewed_on,
                        updated_by, updated_at)
                    values (:h, :n, :t, :p, :plan, :r, :by, :at)""")
                    .param("n", form.contactName.trim()).param("t", blank(form.contactTitle) ? null : form.contactTitle.trim())
                    .param("p", form.contactPhone.trim()).param("plan", form.plan.trim()).param("r", form.reviewedOn)
                    .param("by", actor).param("at", now).param("h", hospitalId).update();
        }
        MediaPlanView after = of(hospitalId, scope);
        audit.record(before.missing() ? AuditEntry.created("MediaPlan", hospitalId, hospitalId, after)
                : AuditEntry.updated("MediaPlan", hospitalId, hospitalId, before, after));
        events.publishEvent(new com.safeward.compliance.ComplianceRecordsChanged(hospitalId, "INC-8"));
        return after;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
