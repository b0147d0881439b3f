package com.safeward.compliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.evidence.EvidenceStore;
import com.safeward.evidence.EvidenceView;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RecordRef;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.Actor;
import com.safeward.organizations.Affiliation;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;

/**
 * SUP-3 (H-3.3): regulators record what they do about a hospital — guidance, interviews (约谈),
 * accountability, commendations — with documents; the hospital responds (with documents) when
 * asked. A hospital's supervision history joins these with the other modules' records (cases under
 * supervision, circulars) through {@link SupervisionHistorySource}.
 */
@Service
@Transactional
class Supervision {

    static final String DOCUMENTS = "SUPERVISION";
    static final String RESPONSE_DOCUMENTS = "SUPERVISION_RESPONSE";

    /** An action with its documents and the hospital's response. */
    record ActionView(long id, long hospitalId, String hospitalLabel, long regionId, String regionName,
            SupervisionKind kind, String title, String content, String takenBy, Instant takenAt, Instant respondBy,
            String response, String respondedBy, Instant respondedAt, List<EvidenceView> documents,
            List<EvidenceView> responseDocuments) {

        public boolean awaitingResponse() {
            return respondBy != null && respondedAt == null;
        }
    }

    private final JdbcClient jdbc;
    private final OrganizationDirectory organizations;
    private final EvidenceStore evidence;
    private final List<SupervisionHistorySource> sources;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final com.safeward.texts.DisplayTimes times;

    Supervision(JdbcClient jdbc, OrganizationDirectory organizations, EvidenceStore evidence,
            List<SupervisionHistorySource> sources, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
            com.safeward.texts.DisplayTimes times) {
        this.times = times;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.evidence = evidence;
        this.sources = sources;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    ActionView take(SupervisionForm form, List<MultipartFile> documents, Actor actor, DataScope scope) {
        if (actor.role().affiliation() != Affiliation.REGION || actor.regionId() == null) {
            throw new RuleViolation("kind", "validation.task.regulatorsOnly");
        }
        if (!scope.includes(form.hospitalId)) {
            throw new RuleViolation("hospitalId", "validation.hospital.unknown");
        }
        Instant now = Instant.now(clock);
        Instant respondBy = form.respondBy == null ? null
                : times.endOf(form.respondBy);
        if (respondBy != null && !respondBy.isAfter(now)) {
            throw new RuleViolation("respondBy", "validation.rectification.duePast");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into supervision_actions (hospital_id, region_id, kind, title, content, taken_by, taken_at, respond_by)
                values (:h, :r, :kind, :title, :content, :by, :at, :respondBy)""")
                .param("h", form.hospitalId).param("r", actor.regionId()).param("kind", form.kind.name())
                .param("title", form.title.trim()).param("content", form.details.trim()).param("by", actor.username())
                .param("at", Timestamp.from(now)).param("respondBy", respondBy == null ? null : Timestamp.from(respondBy))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        store(RecordRef.of(DOCUMENTS, id), form.hospitalId, documents, actor);
        audit.record(AuditEntry.of(AuditAction.CREATED, "SupervisionAction", id, form.hospitalId,
                Text.of("audit.supervision.taken", Text.of(form.kind), form.title.trim())));
        events.publishEvent(new SupervisionActionTaken(id, form.hospitalId, "SupervisionKind." + form.kind,
                form.title.trim()));
        return get(id, scope);
    }

    ActionView respond(long id, String response, List<MultipartFile> documents, Actor actor, DataScope scope) {
        ActionView action = get(id, scope);
        if (actor.hospitalId() == null || actor.hospitalId() != action.hospitalId()) {
            throw new RuleViolation("response", "validation.supervision.hospitalResponds");
        }
        if (response == null || response.isBlank()) {
            throw new RuleViolation("response", "validation.supervision.response");
        }
        jdbc.sql("update supervision_actions set response = :r, responded_by = :by, responded_at = :at where id = :id")
                .param("r", response.trim()).param("by", actor.username()).param("at", Timestamp.from(Instant.now(clock)))
                .param("id", id).update();
        store(RecordRef.of(RESPONSE_DOCUMENTS, id), action.hospitalId(), documents, actor);
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "SupervisionAction", id, action.hospitalId(),
                Text.of("audit.supervision.responded")));
        events.publishEvent(new SupervisionResponded(id, action.hospitalId(), action.regionId(), action.title()));
        return get(id, scope);
    }

    @Transactional(readOnly = true)
    ActionView get(long id, DataScope scope) {
        ActionView action = jdbc.sql("select * from supervision_actions where id = :id").param("id", id)
                .query((rs, n) -> view(rs, true)).optional().orElseThrow(() -> new NotFound("supervision action", id));
        scope.require(action.hospitalId(), "supervision action", id);
        return action;
    }

    /** The actions about the scope's hospitals (or one of them), newest first. */
    @Transactional(readOnly = true)
    List<ActionView> list(Long hospitalId, DataScope scope) {
        var query = scope.limit(new com.safeward.persistence.PagedQuery(), "hospital_id");
        if (hospitalId != null) {
            query.and("hospital_id = :hospital", "hospital", hospitalId);
        }
        return query.list(jdbc, "supervision_actions", "taken_at desc, id desc", (rs, n) -> view(rs, false));
    }

    /** A hospital's supervision history: these actions and the other modules' entries, newest first. */
    @Transactional(readOnly = true)
    List<SupervisionEntry> history(long hospitalId, DataScope scope) {
        scope.require(hospitalId, "hospital", hospitalId);
        List<SupervisionEntry> entries = new ArrayList<>();
        list(hospitalId, scope).forEach(a -> entries.add(new SupervisionEntry(a.takenAt(), Text.of(a.kind()), a.title(),
                "/supervision/" + a.id())));
        sources.forEach(source -> entries.addAll(source.entriesOf(hospitalId)));
        entries.sort(Comparator.comparing(SupervisionEntry::at).reversed());
        return entries;
    }

    com.safeward.evidence.EvidenceContent document(long id, long fileId, DataScope scope) {
        ActionView action = get(id, scope);
        boolean response = action.responseDocuments().stream().anyMatch(f -> f.id() == fileId);
        return evidence.download(RecordRef.of(response ? RESPONSE_DOCUMENTS : DOCUMENTS, id), fileId, action.hospitalId());
    }

    private void store(RecordRef owner, long hospitalId, List<MultipartFile> files, Actor actor) {
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file != null && !file.isEmpty()) {
                evidence.store(owner, hospitalId, file, actor.username());
            }
        }
    }

    private ActionView view(ResultSet rs, boolean withDocuments) throws SQLException {
        long id = rs.getLong("id");
        long hospital = rs.getLong("hospital_id");
        long region = rs.getLong("region_id");
        return new ActionView(id, hospital, organizations.hospitalLabel(hospital).orElse(""), region,
                organizations.regionName(region).orElse(""), SupervisionKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("content"), rs.getString("taken_by"),
                rs.getTimestamp("taken_at").toInstant(), instant(rs.getTimestamp("respond_by")), rs.getString("response"),
                rs.getString("responded_by"), instant(rs.getTimestamp("responded_at")),
                withDocuments ? evidence.of(RecordRef.of(DOCUMENTS, id)) : List.of(),
                withDocuments ? evidence.of(RecordRef.of(RESPONSE_DOCUMENTS, id)) : List.of());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
