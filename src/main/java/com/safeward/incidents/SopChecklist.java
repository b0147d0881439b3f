package com.safeward.incidents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.safeward.kernel.RuleViolation;

/**
 * An incident's SOP checklist (N-2.1, N-2.2, H-2.2.10): the steps of its type, in order, each done
 * or skipped once, with who and when; a skipped step keeps its reason.
 */
@Component
class SopChecklist {

    private final JdbcClient jdbc;
    private final SopCatalog catalog;
    private final Clock clock;

    SopChecklist(JdbcClient jdbc, SopCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The checklist of a new incident of the type. */
    /** The incident's checklist, as its hospital's region has it (the notices' by default). */
    void create(long incidentId, IncidentType type, long hospitalId) {
        List<String> steps = catalog.stepsFor(type, hospitalId);
        for (int i = 0; i < steps.size(); i++) {
            jdbc.sql("insert into incident_sop_steps (incident_id, position, step) values (:i, :p, :s)")
                    .param("i", incidentId).param("p", i + 1).param("s", steps.get(i)).update();
        }
    }

    /** The step at the position is done; returns its name. */
    String complete(long incidentId, int position, String actor) {
        return mark(incidentId, position, actor, null);
    }

    /** The step at the position is skipped, for the reason given; returns its name. */
    String skip(long incidentId, int position, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "validation.sop.skipReason");
        }
        return mark(incidentId, position, actor, reason.trim());
    }

    /** The step with the name is done, if the incident's checklist has it and it is still open. */
    void completeNamed(long incidentId, String step, String actor) {
        jdbc.sql("update incident_sop_steps set done_at = :at, done_by = :by where incident_id = :i and step = :s "
                + "and done_at is null").param("at", Timestamp.from(Instant.now(clock))).param("by", actor)
                .param("i", incidentId).param("s", step).update();
    }

    private String mark(long incidentId, int position, String actor, String skippedReason) {
        int changed = jdbc.sql("update incident_sop_steps set done_at = :at, done_by = :by, skipped_reason = :reason "
                + "where incident_id = :i and position = :p and done_at is null")
                .param("at", Timestamp.from(Instant.now(clock))).param("by", actor).param("reason", skippedReason)
                .param("i", incidentId).param("p", position).update();
        if (changed == 0) {
            throw new RuleViolation("position", "validation.sop.unknownStep");
        }
        return jdbc.sql("select step from incident_sop_steps where incident_id = :i and position = :p")
                .param("i", incidentId).param("p", position).query(String.class).single();
    }
}
