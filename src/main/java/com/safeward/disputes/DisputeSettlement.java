package com.safeward.disputes;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

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
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.trail.Trail;

/**
 * DSP-4 (N-2.3): liability first, then compensation. The determination (an appraisal, a court
 * judgment or a mediation agreement that settles liability) is recorded once; a payment recorded
 * before it is refused with a 409 saying why — there is no other way to record one.
 */
@Service
@Transactional
class DisputeSettlement {

    private final Disputes disputes;
    private final DisputeQueries queries;
    private final JdbcClient jdbc;
    private final Trail trail;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final com.safeward.texts.DisplayTimes times;
    private final Clock clock;

    DisputeSettlement(Disputes disputes, DisputeQueries queries, JdbcClient jdbc, Trail trail, AuditTrail audit,
            ApplicationEventPublisher events, com.safeward.texts.DisplayTimes times, Clock clock) {
        this.disputes = disputes;
        this.queries = queries;
        this.jdbc = jdbc;
        this.trail = trail;
        this.audit = audit;
        this.events = events;
        this.times = times;
        this.clock = clock;
    }

    DisputeView determineLiability(long id, LiabilityBasis basis, String finding, Actor actor, DataScope scope) {
        Dispute dispute = queries.ownHospital(id, actor, scope); // 404 outside the scope, before the input
        if (basis == null) {
            throw new RuleViolation("basis", "validation.dispute.basis");
        }
        if (finding == null || finding.isBlank() || finding.length() > 2000) {
            throw new RuleViolation("finding", "validation.dispute.finding");
        }
        Dispute saved = disputes.save(dispute.determineLiability(basis, finding.strip(), actor.username(),
                Instant.now(clock)));
        trail.add(Dispute.trail(id), actor.username(), "LIABILITY", basis.name());
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Dispute", id, saved.hospitalId(),
                Text.of("audit.dispute.liability", basis.name())));
        return queries.view(saved);
    }

    /** DSP-4: refused (409) until the liability is determined. */
    DisputeView recordCompensation(long id, BigDecimal amount, LocalDate paidOn, String reference, Actor actor,
            DataScope scope) {
        Dispute dispute = queries.ownHospital(id, actor, scope);
        dispute.requireLiability();
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
            throw new RuleViolation("amount", "validation.dispute.amount");
        }
        if (paidOn == null || paidOn.isAfter(times.today())) {
            throw new RuleViolation("paidOn", "validation.dispute.paidOn");
        }
        if (reference != null && reference.length() > 100) {
            throw new RuleViolation("reference", "validation.dispute.reference");
        }
        jdbc.sql("""
                insert into dispute_payments (dispute_id, amount, paid_on, reference, recorded_by, recorded_at)
                values (:d, :amount, :on, :reference, :by, :at)""").param("d", id).param("amount", amount)
                .param("on", java.sql.Date.valueOf(paidOn))
                .param("reference", reference == null || reference.isBlank() ? null : reference.strip())
                .param("by", actor.username()).param("at", Timestamp.from(Instant.now(clock))).update();
        trail.add(Dispute.trail(id), actor.username(), "COMPENSATION", amount.toPlainString());
        audit.record(AuditEntry.of(AuditAction.CREATED, "DisputePayment", id, dispute.hospitalId(),
                Text.of("audit.dispute.compensation", amount.toPlainString())));
        events.publishEvent(new ComplianceRecordsChanged(dispute.hospitalId(), "DSP-4"));
        return queries.get(id, scope);
    }
}
