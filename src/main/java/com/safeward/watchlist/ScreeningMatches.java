package com.safeward.watchlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.dispatch.GuardDispatch;
import com.safeward.dispatch.GuardTaskKind;
import com.safeward.incidents.IncidentManagement;
import com.safeward.incidents.IncidentType;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.DepartmentView;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.PagedQuery;
import com.safeward.persistence.SortableFields;
import com.safeward.trail.Trail;

/**
 * WL-3: what is done about a match, and the screenings as security and the police read them:
 * a guard escorts (陪诊) or keeps close watch (盯防), the police are told through an incident,
 * legal education or a warning is given, a possible match is confirmed or dismissed. The
 * {@link Screening} says what its state allows; every action is in its trail.
 */
@Service
@Transactional
class ScreeningMatches {

    static final String SOURCE = "SCREENING";
    static final SortableFields SORT = SortableFields.of(Sort.by(Sort.Order.desc("screenedAt")), "screenedAt",
            "riskLevel", "outcome");

    private final JdbcClient jdbc;
    private final ScreeningRecords repository;
    private final OrganizationDirectory directory;
    private final GuardDispatch dispatch;
    private final IncidentManagement incidents;
    private final AuditTrail audit;
    private final Trail trail;
    private final MessageSource messages;
    private final Clock clock;

    ScreeningMatches(JdbcClient jdbc, ScreeningRecords repository, OrganizationDirectory directory, GuardDispatch dispatch,
            IncidentManagement incidents, AuditTrail audit, Trail trail, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.directory = directory;
        this.dispatch = dispatch;
        this.incidents = incidents;
        this.audit = audit;
        this.trail = trail;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<ScreeningView> list(boolean matchesOnly, MatchStatus status, Instant since, Long hospitalId, DataScope scope,
            Pageable pageable) {
        PagedQuery query = query(matchesOnly, status, since, scope);
        if (hospitalId != null) {
            query.and("hospital_id = :hospital", "hospital", hospitalId);
        }
        return query.page(jdbc, "screenings", SORT, ScreeningMatches::row, pageable)
                .map(s -> view(s, false));
    }

    /** How many screenings the list with those filters shows (a home card's count). */
    @Transactional(readOnly = true)
    long count(boolean matchesOnly, MatchStatus status, Instant since, DataScope scope) {
        return query(matchesOnly, status, since, scope).count(jdbc, "screenings");
    }

    private static PagedQuery query(boolean matchesOnly, MatchStatus status, Instant since, DataScope scope) {
        PagedQuery query = scope.limit(new PagedQuery(), "hospital_id");
        if (matchesOnly) {
            query.and("outcome <> 'NONE'");
        }
        if (status != null) {
            query.and("status = :status", "status", status.name());
        }
        if (since != null) {
            query.and("screened_at >= :since", "since", java.sql.Timestamp.from(since));
        }
        return query;
    }

    @Transactional(readOnly = true)
    ScreeningView get(long id, DataScope scope) {
        return view(visible(id, scope), true);
    }

    /** WL-3: a guard escorts the person (陪诊) or keeps close watch (盯防); the guard confirms on the phone. */
    ScreeningView assignGuard(long id, GuardTaskKind kind, String guard, String instructions, String actor,
            DataScope scope) {
        Screening screening = visible(id, scope).actionable();
        if (kind != GuardTaskKind.ESCORT && kind != GuardTaskKind.CLOSE_WATCH) {
            throw new RuleViolation("kind", "validation.screening.guardKind");
        }
        long area = directory.areaFor(screening.hospitalId(), screening.departmentId())
                .orElseThrow(() -> new RuleViolation("kind", "validation.area.unknown"));
        String task = screening.departmentId() == null
                ? say("screening.guardTask", say("GuardTaskKind." + kind.name()), screening.nameMasked())
                : say("screening.guardTask.inDepartment", say("GuardTaskKind." + kind.name()), screening.nameMasked(),
                        departmentName(screening));
        task = Watchlist.blank(instructions) ? task : task + "\n" + instructions.trim();
        var sent = dispatch.send(screening.hospitalId(), area, kind, SOURCE, id, guard, task, actor);
        action(id, actor, kind == GuardTaskKind.ESCORT ? MatchAction.ESCORT_ASSIGNED : MatchAction.CLOSE_WATCH_ASSIGNED,
                instructions, "guard-task:" + sent.id(), Text.person(guard));
        return get(id, scope);
    }

    /** WL-3: reported to the police as an incident linked to the screening. */
    ScreeningView reportToPolice(long id, String note, String actor, DataScope scope) {
        Screening screening = visible(id, scope).actionable();
        long area = directory.areaFor(screening.hospitalId(), screening.departmentId())
                .orElseThrow(() -> new RuleViolation("note", "validation.area.unknown"));
        long incident = incidents.reportFor(screening.hospitalId(), area, IncidentType.HIGH_RISK_PERSON,
                say("screening.policeReport", String.valueOf(id), screening.nameMasked())
                        + (Watchlist.blank(note) ? "" : "\n" + note.trim()), actor);
        action(id, actor, MatchAction.REPORTED_TO_POLICE, note, "incident:" + incident, incident);
        return get(id, scope);
    }

    /** WL-3: legal education or a warning given to the person, recorded. */
    ScreeningView recordTalk(long id, MatchAction talk, String note, String actor, DataScope scope) {
        visible(id, scope).actionable();
        if (talk != MatchAction.WARNING_GIVEN && talk != MatchAction.LEGAL_EDUCATION_GIVEN) {
            throw new RuleViolation("action", "validation.screening.talk");
        }
        if (Watchlist.blank(note)) {
            throw new RuleViolation("note", "validation.screening.note");
        }
        action(id, actor, talk, note, null);
        return get(id, scope);
    }

    /** WL-3: security confirms a possible match as the listed person, or dismisses it; the decision is kept. */
    ScreeningView decide(long id, boolean confirm, String note, String actor, DataScope scope) {
        Screening screening = visible(id, scope);
        Screening decided = repository.save(screening.decide(confirm, note, actor, Instant.now(clock)));
        action(id, actor, confirm ? MatchAction.CONFIRMED : MatchAction.DISMISSED, note, null);
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Screening", id, screening.hospitalId(),
                Text.of(confirm ? "audit.screening.confirmed" : "audit.screening.dismissed")).withReason(decided.decisionNote()));
        return view(decided, true);
    }

    private Screening visible(long id, DataScope scope) {
        return repository.findById(id).filter(s -> scope.includes(s.hospitalId()))
                .orElseThrow(() -> new NotFound("screening", id));
    }

    private void action(long id, String actor, MatchAction action, String note, String reference,
            Object... labelArguments) {
        trail.add(Screening.trail(id), Instant.now(clock), actor, action.name(), note, reference, labelArguments);
    }

    private ScreeningView view(Screening s, boolean full) {
        return new ScreeningView(s.id(), s.hospitalId(), directory.hospitalLabel(s.hospitalId()).orElse(""), s.context(),
                s.departmentId(), s.departmentId() == null ? null : departmentName(s), s.ward(), s.staff(),
                s.documentMasked(), s.nameMasked(), s.outcome(), s.matchReason(), s.personId(), s.riskLevel(), s.source(),
                s.screenedAt(), s.status(), s.decidedBy(), s.decidedAt(), s.decisionNote(),
                full ? trail.of(Screening.trail(s.id())) : List.of(), full ? dispatch.sentFor(SOURCE, s.id()) : List.of());
    }

    private String departmentName(Screening s) {
        return directory.department(s.hospitalId(), s.departmentId()).map(DepartmentView::name).orElse("");
    }

    /** Texts that go into another module's record (a guard's task, an incident's description), in the actor's language. */
    private String say(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }

    static Screening row(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("match_reason");
        String risk = rs.getString("risk_level");
        String status = rs.getString("status");
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Screening(rs.getLong("id"), rs.getLong("hospital_id"),
                ScreeningContext.valueOf(rs.getString("context")), rs.getObject("department_id", Long.class),
                rs.getString("ward"), rs.getString("staff"), rs.getString("document_type"),
                rs.getString("document_masked"), rs.getString("name_masked"),
                ScreeningOutcome.valueOf(rs.getString("outcome")), reason == null ? null : MatchReason.valueOf(reason),
                rs.getObject("person_id", Long.class), risk == null ? null : RiskLevel.valueOf(risk),
                rs.getString("source"), rs.getTimestamp("screened_at").toInstant(),
                status == null ? null : MatchStatus.valueOf(status), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("decision_note"), rs.getInt("version"));
    }
}
