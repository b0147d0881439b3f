package com.safeward.circulars;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.incidents.IncidentManagement;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.PagedQuery;

/**
 * INC-7: a health commission summarises a typical case and circulates it (通报) to every hospital of
 * its region; the security officers and leaders are notified, and each hospital's reading is
 * recorded so the commission sees who has not read it. A circular is visible to whoever may see
 * one of its hospitals.
 */
@Service
@Transactional
class Circulars {

    private final JdbcClient jdbc;
    private final IncidentManagement incidents;
    private final OrganizationDirectory directory;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    Circulars(JdbcClient jdbc, IncidentManagement incidents, OrganizationDirectory directory, ApplicationEventPublisher events,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.directory = directory;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    CircularView issue(CircularForm form, Actor actor, DataScope scope) {
        if (form.incidentId != null) {
            incidents.requireVisible(form.incidentId, scope); // 404 outside the issuer's scope
        }
        Set<Long> hospitals = scope.everything()
                ? directory.hospitalChoices(scope).stream().map(OrganizationDirectory.Choice::id)
                        .collect(java.util.stream.Collectors.toSet())
                : scope.hospitalIds();
        if (hospitals.isEmpty()) {
            throw new RuleViolation("title", "validation.circular.noHospitals");
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into circulars (region_id, incident_id, title, summary, lessons, issued_by, issued_at)
                values (:r, :i, :t, :s, :l, :by, :at)""")
                .param("r", actor.regionId()).param("i", form.incidentId).param("t", form.title.trim())
                .param("s", form.summary.trim()).param("l", form.lessons.trim()).param("by", actor.username())
                .param("at", now).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        for (long hospital : hospitals) {
            jdbc.sql("insert into circular_receipts (circular_id, hospital_id) values (:c, :h)")
                    .param("c", id).param("h", hospital).update();
        }
        events.publishEvent(new CircularIssued(id, Set.copyOf(hospitals), form.title.trim(), form.lessons.trim()));
        audit.record(AuditEntry.created("Circular", id, null, form.title.trim() + " → " + hospitals.size() + " hospitals"));
        return get(id, actor, scope);
    }

    /** A hospital's security officer or leader records that the hospital has read it. */
    CircularView markRead(long id, Actor actor, DataScope scope) {
        get(id, actor, scope);
        if (actor.hospitalId() == null) {
            throw new RuleViolation("circular", "validation.circular.notAHospital");
        }
        int updated = jdbc.sql("""
                update circular_receipts set read_by = :by, read_at = :at
                where circular_id = :c and hospital_id = :h and read_at is null""")
                .param("by", actor.username()).param("at", Timestamp.from(Instant.now(clock))).param("c", id)
                .param("h", actor.hospitalId()).update();
        if (updated == 1) {
            audit.record(AuditEntry.of(com.safeward.audit.AuditAction.STATE_CHANGED, "Circular", id, actor.hospitalId(),
                    Text.of("audit.circular.read")));
        }
        return get(id, actor, scope);
    }

    @Transactional(readOnly = true)
    Page<CircularView> list(Actor actor, DataScope scope, Pageable pageable) {
        return visibleTo(actor, scope).page(jdbc, "circulars c", "c.issued_at desc, c.id desc",
                (rs, n) -> rs.getLong("id"), pageable).map(id -> view(id, scope, false));
    }

    @Transactional(readOnly = true)
    CircularView get(long id, Actor actor, DataScope scope) {
        if (visibleTo(actor, scope).and("c.id = :id", "id", id).list(jdbc, "circulars c", "c.id", (rs, n) -> id)
                .isEmpty()) {
            throw new NotFound("circular", id);
        }
        return view(id, scope, true);
    }

    /** The circulars the actor issued, and those sent to a hospital of the actor's scope. */
    private static PagedQuery visibleTo(Actor actor, DataScope scope) {
        PagedQuery query = new PagedQuery();
        if (scope.everything()) {
            return query;
        }
        if (scope.hospitalIds().isEmpty()) {
            return query.and("c.issued_by = :by", "by", actor.username());
        }
        return query.and("c.issued_by = :by or exists (select 1 from circular_receipts r where r.circular_id = c.id "
                + "and r.hospital_id in (:hospitals))", java.util.Map.of("by", actor.username(),
                        "hospitals", scope.hospitalIds()));
    }

    private CircularView view(long id, DataScope scope, boolean withReceipts) {
        List<CircularView.Receipt> receipts = jdbc.sql("select * from circular_receipts where circular_id = :c order by hospital_id")
                .param("c", id).query((rs, n) -> {
                    Timestamp read = rs.getTimestamp("read_at");
                    long hospital = rs.getLong("hospital_id");
                    return new CircularView.Receipt(hospital, directory.hospitalLabel(hospital).orElse(""),
                            rs.getString("read_by"), read == null ? null : read.toInstant());
                }).list();
        long read = receipts.stream().filter(r -> r.readAt() != null).count();
        List<CircularView.Receipt> shown = withReceipts
                ? receipts.stream().filter(r -> scope.includes(r.hospitalId())).toList() : List.of();
        return jdbc.sql("select * from circulars where id = :id").param("id", id)
                .query((rs, n) -> {
                    long incident = rs.getLong("incident_id");
                    boolean noIncident = rs.wasNull();
                    return new CircularView(id, rs.getString("title"), rs.getString("summary"), rs.getString("lessons"),
                            noIncident ? null : incident, rs.getString("issued_by"),
                            rs.getTimestamp("issued_at").toInstant(), receipts.size(), read, shown);
                }).single();
    }
}
