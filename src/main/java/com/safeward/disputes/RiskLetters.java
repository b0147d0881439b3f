package com.safeward.disputes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.compliance.ComplianceRecordsChanged;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.Actor;
import com.safeward.organizations.Affiliation;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.PagedQuery;
import com.safeward.texts.DisplayTimes;

/**
 * DSP-6 (H-2.1.2): a risk prompt letter (风险提示函) from a superior authority is logged against the
 * hospital, or one of its medical disputes — issued here by a regulator or committee, or entered by the hospital from paper — its
 * leaders confirm having read it, the measures taken are recorded, and it is closed, before its
 * deadline; a letter still open at the deadline becomes overdue once and both sides are told.
 */
@Service
@Transactional
class RiskLetters {

    static final String SWEEP = "risk-letter-deadlines";

    private final JdbcClient jdbc;
    private final OrganizationDirectory organizations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DisplayTimes times;
    private final Clock clock;

    RiskLetters(JdbcClient jdbc, OrganizationDirectory organizations, AuditTrail audit, ApplicationEventPublisher events,
            DisplayTimes times, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.times = times;
        this.clock = clock;
    }

    RiskLetterView log(RiskLetterForm form, Actor actor, DataScope scope) {
        if (!scope.includes(form.hospitalId)) {
            throw new RuleViolation("hospitalId", "validation.hospital.unknown");
        }
        boolean issued = actor.role().affiliation() == Affiliation.REGION;
        if (!issued && !form.hospitalId.equals(actor.hospitalId())) {
            throw new RuleViolation("hospitalId", "validation.hospital.unknown");
        }
        String authority = form.authority == null || form.authority.isBlank()
                ? issued ? organizations.regionName(actor.regionId()).orElse("") : "" : form.authority.strip();
        if (authority.isEmpty()) {
            throw new RuleViolation("authority", "validation.riskLetter.authority");
        }
        if (form.disputeId != null && jdbc.sql("select count(*) from disputes where id = :d and hospital_id = :h")
                .param("d", form.disputeId).param("h", form.hospitalId).query(Long.class).single() == 0) {
            throw new RuleViolation("disputeId", "validation.riskLetter.dispute");
        }
        Instant now = Instant.now(clock);
        Instant due = times.endOf(form.dueDate);
        if (!due.isAfter(now)) {
            throw new RuleViolation("dueDate", "validation.rectification.duePast");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into risk_letters (hospital_id, issued_by_region_id, authority, reference, title, content,
                    received_at, due_at, logged_by, dispute_id)
                values (:h, :region, :authority, :reference, :title, :content, :at, :due, :by, :dispute)""")
                .param("h", form.hospitalId).param("region", issued ? actor.regionId() : null)
                .param("authority", authority).param("reference", blankToNull(form.reference))
                .param("title", form.title.strip()).param("content", form.content.strip()).param("at", Timestamp.from(now))
                .param("due", Timestamp.from(due)).param("by", actor.username()).param("dispute", form.disputeId)
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        audit.record(AuditEntry.of(AuditAction.CREATED, "RiskLetter", id, form.hospitalId,
                Text.of("audit.riskLetter.logged", authority, form.title.strip())));
        events.publishEvent(new RiskLetterLogged(id, form.hospitalId, authority, form.title.strip()));
        events.publishEvent(new ComplianceRecordsChanged(form.hospitalId, "DSP-6"));
        return get(id, scope);
    }

    /** A leader of the hospital confirms having read it (报告主要负责人). */
    RiskLetterView confirmRead(long id, Actor actor, DataScope scope) {
        RiskLetterView letter = ofOwnHospital(id, actor, scope);
        if (letter.readAt() != null) {
            throw new RuleViolation("read", "validation.riskLetter.alreadyRead");
        }
        jdbc.sql("update risk_letters set read_by = :by, read_at = :at where id = :id").param("by", actor.username())
                .param("at", Timestamp.from(Instant.now(clock))).param("id", id).update();
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "RiskLetter", id, letter.hospitalId(),
                Text.of("audit.riskLetter.read")));
        return get(id, scope);
    }

    /** The measures the hospital takes (may be completed until the letter is closed). */
    RiskLetterView recordMeasures(long id, String measures, Actor actor, DataScope scope) {
        RiskLetterView letter = ofOwnHospital(id, actor, scope);
        requireOpen(letter);
        if (measures == null || measures.isBlank()) {
            throw new RuleViolation("measures", "validation.riskLetter.measures");
        }
        if (measures.length() > 4000) {
            throw new RuleViolation("measures", "validation.riskLetter.measuresLength");
        }
        jdbc.sql("update risk_letters set measures = :m, measures_by = :by, measures_at = :at where id = :id")
                .param("m", measures.strip()).param("by", actor.username()).param("at", Timestamp.from(Instant.now(clock)))
                .param("id", id).update();
        audit.record(AuditEntry.of(AuditAction.UPDATED, "RiskLetter", id, letter.hospitalId(),
                Text.of("audit.riskLetter.measures")));
        return get(id, scope);
    }

    /** Closed only once a leader has read it and measures are recorded. */
    RiskLetterView close(long id, Actor actor, DataScope scope) {
        RiskLetterView letter = ofOwnHospital(id, actor, scope);
        requireOpen(letter);
        if (letter.readAt() == null) {
            throw new RuleViolation("read", "validation.riskLetter.notRead");
        }
        if (letter.measures() == null) {
            throw new RuleViolation("measures", "validation.riskLetter.measures");
        }
        jdbc.sql("update risk_letters set closed_by = :by, closed_at = :at where id = :id").param("by", actor.username())
                .param("at", Timestamp.from(Instant.now(clock))).param("id", id).update();
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "RiskLetter", id, letter.hospitalId(),
                Text.of("audit.riskLetter.closed")));
        events.publishEvent(new ComplianceRecordsChanged(letter.hospitalId(), "DSP-6"));
        return get(id, scope);
    }

    /** Letters open past their deadline become overdue, once; both sides are told. */
    int sweep() {
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<RiskLetterView> late = jdbc.sql("select * from risk_letters where closed_at is null and overdue_at is null "
                + "and due_at < :now").param("now", now).query((rs, n) -> view(rs)).list();
        for (RiskLetterView letter : late) {
            jdbc.sql("update risk_letters set overdue_at = :now where id = :id and overdue_at is null").param("now", now)
                    .param("id", letter.id()).update();
            events.publishEvent(new RiskLetterOverdue(letter.id(), letter.hospitalId(), letter.issuedByRegionId(),
                    letter.title()));
            events.publishEvent(new ComplianceRecordsChanged(letter.hospitalId(), "DSP-6"));
        }
        return late.size();
    }

    @Transactional(readOnly = true)
    RiskLetterView get(long id, DataScope scope) {
        RiskLetterView letter = jdbc.sql("select * from risk_letters where id = :id").param("id", id)
                .query((rs, n) -> view(rs)).optional().orElseThrow(() -> new NotFound("risk letter", id));
        scope.require(letter.hospitalId(), "risk letter", id);
        return letter;
    }

    /** The scope's letters (or one hospital's), open first, then newest. */
    @Transactional(readOnly = true)
    List<RiskLetterView> list(boolean openOnly, Long hospitalId, DataScope scope) {
        return list(openOnly, hospitalId, null, scope);
    }

    /** The same, only the letters about one dispute when {@code disputeId} is given. */
    @Transactional(readOnly = true)
    List<RiskLetterView> list(boolean openOnly, Long hospitalId, Long disputeId, DataScope scope) {
        PagedQuery query = scope.limit(new PagedQuery(), "hospital_id");
        if (disputeId != null) {
            query.and("dispute_id = :dispute", "dispute", disputeId);
        }
        if (hospitalId != null) {
            query.and("hospital_id = :hospital", "hospital", hospitalId);
        }
        if (openOnly) {
            query.and("closed_at is null");
        }
        return query.list(jdbc, "risk_letters", "case when closed_at is null then 0 else 1 end, received_at desc, id desc",
                (rs, n) -> view(rs));
    }

    private RiskLetterView ofOwnHospital(long id, Actor actor, DataScope scope) {
        RiskLetterView letter = get(id, scope);
        if (actor.hospitalId() == null || actor.hospitalId() != letter.hospitalId()) {
            throw new RuleViolation("hospitalId", "validation.riskLetter.hospitalAnswers");
        }
        return letter;
    }

    private static void requireOpen(RiskLetterView letter) {
        if (letter.closedAt() != null) {
            throw new RuleViolation("closed", "validation.riskLetter.closed");
        }
    }

    private RiskLetterView view(ResultSet rs) throws SQLException {
        long hospital = rs.getLong("hospital_id");
        long region = rs.getLong("issued_by_region_id");
        Long issuedBy = rs.wasNull() ? null : region; // a letter entered from paper names no region here
        return new RiskLetterView(rs.getLong("id"), hospital, organizations.hospitalLabel(hospital).orElse(""),
                issuedBy, rs.getString("authority"), rs.getString("reference"),
                rs.getString("title"), rs.getString("content"), instant(rs, "received_at"), instant(rs, "due_at"),
                rs.getString("logged_by"), rs.getString("read_by"), instant(rs, "read_at"), rs.getString("measures"),
                rs.getString("measures_by"), instant(rs, "measures_at"), rs.getString("closed_by"),
                instant(rs, "closed_at"), instant(rs, "overdue_at"), disputeOf(rs));
    }

    private static Long disputeOf(ResultSet rs) throws SQLException {
        long dispute = rs.getLong("dispute_id");
        return rs.wasNull() ? null : dispute;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Configuration
    static class Schedule {
        @Bean
        RecurringTask<Void> riskLetterDeadlinesTask(ObjectProvider<RiskLetters> letters) {
            return Tasks.recurring(SWEEP, FixedDelay.ofMinutes(5)).execute((instance, context) -> letters.getObject().sweep());
        }
    }
}
