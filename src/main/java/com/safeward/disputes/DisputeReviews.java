package com.safeward.disputes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.compliance.ComplianceRecordsChanged;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.ledger.Finding;
import com.safeward.ledger.RectificationLedger;
import com.safeward.ledger.RectificationSource;
import com.safeward.ledger.Severity;
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.trail.Trail;

/**
 * DSP-7 (H-2.1.2): a dispute closes with its review (复盘) — the cause (one of the configured
 * categories) and its analysis, the lessons, and the prevention measures; each measure (one per
 * line) becomes an item of the rectification ledger (整改台账), owned by the department concerned
 * (or security), with the ledger's deadline and verification.
 */
@Service
@Transactional
class DisputeReviews {

    /** The review. */
    static class ReviewForm {
        @NotBlank
        public String causeCategory;
        @NotBlank @Size(max = 4000)
        public String causeAnalysis;
        @NotBlank @Size(max = 4000)
        public String lessons;
        /** One measure per line. */
        @NotBlank @Size(max = 4000)
        public String measures;
    }

    /** A recorded review. */
    record Review(String causeCategory, String cause, String causeAnalysis, String lessons, List<String> measures,
            String reviewedBy, Instant reviewedAt) {
    }

    private final Disputes disputes;
    private final DisputeQueries queries;
    private final DisputeProperties properties;
    private final RectificationLedger ledger;
    private final JdbcClient jdbc;
    private final Trail trail;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisputeReviews(Disputes disputes, DisputeQueries queries, DisputeProperties properties, RectificationLedger ledger,
            JdbcClient jdbc, Trail trail, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.disputes = disputes;
        this.queries = queries;
        this.properties = properties;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.trail = trail;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Reviews and closes the dispute; answers the ledger items opened for its measures. */
    DisputeView reviewAndClose(long id, ReviewForm form, Actor actor, DataScope scope) {
        Dispute dispute = queries.ownHospital(id, actor, scope); // 404 outside the scope, before the input
        if (form.causeCategory == null || !properties.causeCategories().containsKey(form.causeCategory)) {
            throw new RuleViolation("causeCategory", "validation.dispute.cause");
        }
        List<String> measures = measures(form.measures);
        if (measures.isEmpty()) {
            throw new RuleViolation("measures", "validation.dispute.measures");
        }
        Instant now = Instant.now(clock);
        Dispute closed = disputes.save(dispute.close(now));
        jdbc.sql("""
                insert into dispute_reviews (dispute_id, cause_category, cause_analysis, lessons, measures, reviewed_by,
                    reviewed_at) values (:d, :cause, :analysis, :lessons, :measures, :by, :at)""")
                .param("d", id).param("cause", form.causeCategory).param("analysis", form.causeAnalysis.strip())
                .param("lessons", form.lessons.strip()).param("measures", String.join("\n", measures))
                .param("by", actor.username()).param("at", Timestamp.from(now)).update();
        for (String measure : measures) {
            ledger.open(new Finding(dispute.hospitalId(), RectificationSource.DISPUTE_REVIEW, "dispute:" + id,
                    actor.username(), null, null, null, null, measure, Severity.MINOR, "DSP-7", dispute.departmentId(),
                    null, measure, null));
        }
        trail.add(Dispute.trail(id), actor.username(), "REVIEWED", form.causeCategory);
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Dispute", id, dispute.hospitalId(),
                Text.of("audit.dispute.closed", measures.size())));
        events.publishEvent(new ComplianceRecordsChanged(dispute.hospitalId(), "DSP-7"));
        events.publishEvent(new ComplianceRecordsChanged(dispute.hospitalId(), "DSP-5"));
        return queries.view(closed);
    }

    @Transactional(readOnly = true)
    java.util.Optional<Review> of(long id) {
        return jdbc.sql("select * from dispute_reviews where dispute_id = :d").param("d", id)
                .query((rs, n) -> new Review(rs.getString("cause_category"),
                        properties.causeCategories().getOrDefault(rs.getString("cause_category"),
                                rs.getString("cause_category")), rs.getString("cause_analysis"), rs.getString("lessons"),
                        measures(rs.getString("measures")), rs.getString("reviewed_by"),
                        rs.getTimestamp("reviewed_at").toInstant())).optional();
    }

    private static List<String> measures(String text) {
        return text == null ? List.of()
                : text.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> line.length() > 500
                        ? line.substring(0, 500) : line).toList();
    }
}
