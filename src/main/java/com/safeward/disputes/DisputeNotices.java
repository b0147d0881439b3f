package com.safeward.disputes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
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
import com.safeward.texts.DisplayTimes;
import com.safeward.trail.Trail;
import com.safeward.web.PdfDocuments;

/**
 * DSP-2 (N-2.3, 告知制度): the written notice telling the patient side the lawful channels, methods,
 * procedures and contacts — the hospital's complaints office, the people's mediation committee of
 * the region, the health administration, the courts — as a PDF in Chinese with the hospital's
 * details, and the record of its delivery (handed over, signed, or refused).
 */
@Service
@Transactional
class DisputeNotices {

    /** One delivery of the notice. */
    record Delivery(long id, NoticeDelivery delivery, Instant deliveredAt, String recipient, String note,
            String recordedBy) {
    }

    private final DisputeQueries queries;
    private final ComplaintProcess process;
    private final DisputeLimits limits;
    private final PdfDocuments pdf;
    private final JdbcClient jdbc;
    private final Trail trail;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final DisplayTimes times;
    private final Clock clock;

    DisputeNotices(DisputeQueries queries, ComplaintProcess process, DisputeLimits limits, PdfDocuments pdf,
            JdbcClient jdbc, Trail trail, AuditTrail audit, org.springframework.context.ApplicationEventPublisher events,
            DisplayTimes times, Clock clock) {
        this.queries = queries;
        this.process = process;
        this.limits = limits;
        this.pdf = pdf;
        this.jdbc = jdbc;
        this.trail = trail;
        this.audit = audit;
        this.events = events;
        this.times = times;
        this.clock = clock;
    }

    /** The notice as a PDF, in Chinese whatever the reader's language: it is handed to the patient side. */
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> pdf(long id, DataScope scope) {
        Dispute dispute = queries.visible(id, scope);
        ComplaintProcess.Published hospital = process.of(dispute.hospitalId());
        byte[] document = pdf.render("dispute-notice", Map.of("hospital", hospital, "disputeId", id,
                "committee", limits.of(dispute.hospitalId()).mediationCommittee(),
                "date", times.today().toString()), Locale.SIMPLIFIED_CHINESE);
        return PdfDocuments.download("医疗纠纷处理途径告知书-" + id + ".pdf", document);
    }

    DisputeView recordDelivery(long id, NoticeDelivery delivery, String recipient, String note, Actor actor,
            DataScope scope) {
        Dispute dispute = queries.ownHospital(id, actor, scope); // 404 outside the scope, before the input
        if (delivery == null) {
            throw new RuleViolation("delivery", "validation.dispute.delivery");
        }
        if (delivery == NoticeDelivery.REFUSED && (note == null || note.isBlank())) {
            throw new RuleViolation("note", "validation.dispute.refusedNote");
        }
        if ((recipient != null && recipient.length() > 100) || (note != null && note.length() > 500)) {
            throw new RuleViolation("note", "validation.dispute.tooLong", 500);
        }
        jdbc.sql("""
                insert into dispute_notices (dispute_id, delivery, delivered_at, recipient, note, recorded_by)
                values (:d, :delivery, :at, :recipient, :note, :by)""").param("d", id).param("delivery", delivery.name())
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("recipient", recipient == null || recipient.isBlank() ? null : recipient.strip())
                .param("note", note == null || note.isBlank() ? null : note.strip()).param("by", actor.username()).update();
        trail.add(Dispute.trail(id), actor.username(), "NOTICE_DELIVERED", delivery.name());
        audit.record(AuditEntry.of(AuditAction.CREATED, "DisputeNotice", id, dispute.hospitalId(),
                Text.of("audit.dispute.notice", delivery.name())));
        events.publishEvent(new ComplianceRecordsChanged(dispute.hospitalId(), "DSP-2"));
        return queries.get(id, scope);
    }

    @Transactional(readOnly = true)
    List<Delivery> of(long id) {
        return jdbc.sql("select * from dispute_notices where dispute_id = :d order by delivered_at, id").param("d", id)
                .query((rs, n) -> new Delivery(rs.getLong("id"), NoticeDelivery.valueOf(rs.getString("delivery")),
                        rs.getTimestamp("delivered_at").toInstant(), rs.getString("recipient"), rs.getString("note"),
                        rs.getString("recorded_by"))).list();
    }
}
