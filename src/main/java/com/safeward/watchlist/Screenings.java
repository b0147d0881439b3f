package com.safeward.watchlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.dispatch.GuardDispatch;
import com.safeward.dispatch.GuardTaskKind;
import com.safeward.incidents.IncidentManagement;
import com.safeward.incidents.IncidentType;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.DepartmentView;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.personaldata.PersonalData;
import com.safeward.personaldata.PersonalDataKind;
import com.safeward.web.DisplayTimes;
import com.safeward.kernel.Text;
import com.safeward.trail.Trail;
import com.safeward.trail.TrailEntry;
import com.safeward.kernel.RecordRef;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.NotFound;
import com.safeward.web.PagedQuery;

/**
 * WL-2, WL-3: screening against the watchlist, and what is done about a match. Exact: the same
 * document (keyed hash). Possible: the same name and birth date, or a name variant with the same
 * phone or birth date (candidates found by keyed hashes, names compared after decryption in
 * memory, never shown). Every screening is recorded with the identity masked. On a match the
 * security department, the monitoring center and the department's medical staff are alerted at
 * once, in the same transaction.
 */
@Service
class Screenings {

    static final String SOURCE = "SCREENING";

    private final DisplayTimes times;
    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final OrganizationDirectory directory;
    private final GuardDispatch dispatch;
    private final IncidentManagement incidents;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final WatchlistProperties properties;
    private final Clock clock;
    private final ListingIndex index;
    private final Trail trail;
    private final org.springframework.context.MessageSource messages;
    private final ScreeningLog screeningLog;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    /** Whose listings warn a hospital (WL-5 policy); organizations change seldom. */
    private final Cache<Long, Set<Long>> warnedBy = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(10_000).build();

    private record DepartmentKey(long hospitalId, String code) {
    }

    /** Departments by code, as every screening names one; organizations change seldom. */
    private final Cache<DepartmentKey, java.util.Optional<DepartmentView>> departments = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

    Screenings(JdbcClient jdbc, PersonalData personalData, OrganizationDirectory directory, GuardDispatch dispatch, IncidentManagement incidents, AuditTrail audit,
            ApplicationEventPublisher events, WatchlistProperties properties, Clock clock, ListingIndex index,
            ScreeningLog screeningLog, org.springframework.transaction.support.TransactionTemplate transactions,
            org.springframework.context.MessageSource messages, DisplayTimes times, Trail trail) {
        this.trail = trail;
        this.times = times;
        this.messages = messages;
        this.index = index;
        this.screeningLog = screeningLog;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.directory = directory;
        this.dispatch = dispatch;
        this.incidents = incidents;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** One screening of a person at a hospital; {@code source} says who asked (token name or user). */
    ScreeningResult screen(long hospitalId, ScreeningRequest request, String source) {
        ScreeningRequest.Person person = request.person();
        personalData.validateDocument(person.documentType(), person.documentNumber(), "person.documentNumber");
        personalData.validatePhone(person.phone(), "person.phone");
        LocalDate birthDate;
        try {
            birthDate = Watchlist.birthDate(person.documentType(), person.documentNumber(), person.birthDate());
        } catch (RuleViolation mismatch) {
            throw new RuleViolation("person.birthDate", "validation.watchlist.birthDate");
        }
        DepartmentView department = Watchlist.blank(request.department()) ? null
                : departments.get(new DepartmentKey(hospitalId, request.department().trim().toUpperCase(java.util.Locale.ROOT)),
                        key -> directory.departmentByCode(key.hospitalId(), key.code())).orElseThrow(
                                () -> new RuleViolation("department", "validation.department.unknown"));

        String documentHash = personalData.hash(PersonalDataKind.ID_NUMBER, person.documentNumber());
        String birthHash = birthDate == null ? null : personalData.hash(PersonalDataKind.BIRTH_DATE, birthDate.toString());
        String phoneHash = Watchlist.blank(person.phone()) ? null : personalData.hash(PersonalDataKind.PHONE, person.phone());
        LocalDate today = times.today();
        Set<Long> hospitals = warnedBy(hospitalId);
        List<ListingIndex.Entry> candidates = index.candidates(documentHash, birthHash, phoneHash).stream()
                .filter(entry -> hospitals.contains(entry.hospitalId()) && !entry.validUntil().isBefore(today)).toList();
        String nameMasked = PersonalData.mask(PersonalDataKind.NAME, person.name());
        Match match = bestMatch(candidates, documentHash, birthHash, phoneHash, person.name(), nameMasked);

        Timestamp now = Timestamp.from(Instant.now(clock));
        String documentMasked = PersonalData.mask(PersonalDataKind.ID_NUMBER, person.documentNumber());
        Long departmentId = department == null ? null : department.id();
        String ward = Watchlist.blank(request.ward()) ? null : request.ward().trim();
        String staff = Watchlist.blank(request.staff()) ? null : request.staff().trim();
        if (match == null) {
            long id = screeningLog.store(new ScreeningLog.Record(hospitalId, request.context(), departmentId, ward, staff,
                    person.documentType().name(), documentMasked, nameMasked, source, now));
            return new ScreeningResult(id, ScreeningOutcome.NONE, null, null, null, List.of(), null);
        }
        // A match: the record, the alerts and the event commit together (in the caller's transaction, if any).
        return transactions.execute(tx -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into screenings (hospital_id, context, department_id, ward, staff, document_type, document_masked,
                        name_masked, outcome, match_reason, person_id, risk_level, source, screened_at, status)
                    values (:h, :context, :dept, :ward, :staff, :dt, :dm, :nm, :outcome, :reason, :person, :risk, :source, :at,
                        'OPEN')""")
                    .param("h", hospitalId).param("context", request.context().name()).param("dept", departmentId)
                    .param("ward", ward).param("staff", staff).param("dt", person.documentType().name())
                    .param("dm", documentMasked).param("nm", nameMasked).param("outcome", match.outcome().name())
                    .param("reason", match.reason().name()).param("person", match.listing().id())
                    .param("risk", match.listing().riskLevel().name()).param("source", source).param("at", now)
                    .update(key, "id");
            long id = key.getKeyAs(Number.class).longValue();
            List<String> actions = alert(id, hospitalId, department, request, match);
            return new ScreeningResult(id, match.outcome(), match.reason(), match.listing().riskLevel(),
                    match.listing().category(), actions, advice(match));
        });
    }

    private record Match(ScreeningOutcome outcome, MatchReason reason, ListingIndex.Entry listing) {
    }

    /** The strongest match: exact documents first, then the highest risk level. */
    private Match bestMatch(List<ListingIndex.Entry> candidates, String documentHash, String birthHash,
            String phoneHash, String name, String nameMasked) {
        List<Match> matches = new ArrayList<>();
        String nameHash = null; // only needed for a candidate born the same day: most screenings have none
        for (ListingIndex.Entry listing : candidates) {
            if (documentHash.equals(listing.documentHash())) {
                matches.add(new Match(ScreeningOutcome.EXACT, MatchReason.SAME_DOCUMENT, listing));
                continue;
            }
            boolean sameBirth = birthHash != null && birthHash.equals(listing.birthHash());
            boolean samePhone = phoneHash != null && phoneHash.equals(listing.phoneHash());
            if (sameBirth && nameHash == null) {
                nameHash = personalData.hash(PersonalDataKind.NAME, name);
            }
            if (sameBirth && nameHash.equals(listing.nameHash())) {
                matches.add(new Match(ScreeningOutcome.POSSIBLE, MatchReason.SAME_NAME_AND_BIRTH_DATE, listing));
            } else if ((samePhone || sameBirth)
                    && NameVariants.couldMatch(listing.nameMasked(), nameMasked, name)
                    && personalData.test(listing.nameCipher(), listed -> NameVariants.match(listed, name))) {
                matches.add(new Match(ScreeningOutcome.POSSIBLE,
                        samePhone ? MatchReason.NAME_VARIANT_AND_PHONE : MatchReason.NAME_VARIANT_AND_BIRTH_DATE, listing));
            }
        }
        return matches.stream().min(Comparator.comparing((Match m) -> m.outcome() != ScreeningOutcome.EXACT)
                .thenComparing(m -> -m.listing().riskLevel().ordinal())).orElse(null);
    }

    /**
     * WL-3: security, the monitoring center and the department's medical staff are alerted at once:
     * the event's synchronous listener writes the alerts in this transaction, so the answer can say so.
     */
    private List<String> alert(long id, long hospitalId, DepartmentView department, ScreeningRequest request,
            Match match) {
        events.publishEvent(new HighRiskPersonScreened(id, hospitalId, department == null ? null : department.id(),
                match.outcome(), match.listing().riskLevel(), match.listing().category(), request.context(),
                match.listing().nameMasked()));
        List<String> actions = new ArrayList<>();
        actions.add("SECURITY_ALERTED");
        action(id, "system", MatchAction.ALERTED, null, null, Text.of("trail.alerted.security"));
        if (department != null) {
            action(id, "system", MatchAction.ALERTED, null, null, department.name());
            actions.add("DEPARTMENT_ALERTED");
        }
        return actions;
    }

    /** What the desk is to do, in the language of the request (Accept-Language). */
    private String advice(Match match) {
        ScreeningAdvice advice = ScreeningAdvice.of(match.outcome(), match.listing().riskLevel());
        return messages.getMessage("ScreeningAdvice." + advice.name(), null,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** WL-5: the hospital itself and, by its region's policy, the other hospitals of its county or city. */
    Set<Long> warnedBy(long hospitalId) {
        return warnedBy.get(hospitalId, id -> {
            List<String> codes = directory.regionCodesOf(id);
            WatchlistProperties.Reach reach = properties.sharing().defaultReach();
            for (String code : codes) { // root first: the most specific setting wins
                WatchlistProperties.Reach configured = properties.sharing().regions().get(code);
                if (configured != null) {
                    reach = configured;
                }
            }
            Set<Long> hospitals = new HashSet<>();
            hospitals.add(id);
            int level = switch (reach) {
                case HOSPITAL -> -1;
                case COUNTY -> codes.size() - 1;
                case CITY -> codes.size() - 2;
            };
            if (level >= 0 && level < codes.size()) {
                hospitals.addAll(directory.hospitalIdsUnderRegion(codes.get(level)));
            }
            return Set.copyOf(hospitals);
        });
    }

    @Transactional(readOnly = true)
    Page<ScreeningView> list(boolean matchesOnly, String status, DataScope scope, Pageable pageable) {
        PagedQuery query = new PagedQuery();
        if (!scope.limit(query, "hospital_id")) {
            return Page.empty(pageable);
        }
        if (matchesOnly) {
            query.and("outcome <> 'NONE'");
        }
        if (!Watchlist.blank(status)) {
            query.and("status = :status", "status", status);
        }
        return query.page(jdbc, "screenings", "screened_at desc, id desc", Screenings::row, pageable)
                .map(r -> view(r, false));
    }

    @Transactional(readOnly = true)
    ScreeningView get(long id, DataScope scope) {
        return view(visible(id, scope), true);
    }

    /** WL-3: a guard escorts the person (陪诊) or keeps close watch (盯防); the guard confirms on the phone. */
    @Transactional
    ScreeningView assignGuard(long id, GuardTaskKind kind, String guard, String instructions, String actor,
            DataScope scope) {
        ScreeningRow screening = matched(id, scope);
        if (kind != GuardTaskKind.ESCORT && kind != GuardTaskKind.CLOSE_WATCH) {
            throw new RuleViolation("kind", "validation.screening.guardKind");
        }
        long area = directory.areaFor(screening.hospitalId(), screening.departmentId())
                .orElseThrow(() -> new RuleViolation("kind", "validation.area.unknown"));
        String text = (kind == GuardTaskKind.ESCORT ? "陪诊" : "盯防") + "：" + screening.nameMasked()
                + (screening.departmentId() == null ? "" : "，" + departmentName(screening))
                + (Watchlist.blank(instructions) ? "" : "。" + instructions.trim());
        var task = dispatch.send(screening.hospitalId(), area, kind, SOURCE, id, guard, text, actor);
        action(id, actor, kind == GuardTaskKind.ESCORT ? MatchAction.ESCORT_ASSIGNED : MatchAction.CLOSE_WATCH_ASSIGNED,
                instructions, "guard-task:" + task.id(), Text.person(guard));
        return get(id, scope);
    }

    /** WL-3: reported to the police as an incident linked to the screening. */
    @Transactional
    ScreeningView reportToPolice(long id, String note, String actor, DataScope scope) {
        ScreeningRow screening = matched(id, scope);
        long area = directory.areaFor(screening.hospitalId(), screening.departmentId())
                .orElseThrow(() -> new RuleViolation("note", "validation.area.unknown"));
        long incident = incidents.reportFor(screening.hospitalId(), area, IncidentType.HIGH_RISK_PERSON,
                "高风险人员到院（筛查 #" + id + "，" + screening.nameMasked() + "）"
                        + (Watchlist.blank(note) ? "" : "：" + note.trim()), actor);
        action(id, actor, MatchAction.REPORTED_TO_POLICE, note, "incident:" + incident, incident);
        return get(id, scope);
    }

    /** WL-3: legal education or a warning given to the person, recorded. */
    @Transactional
    ScreeningView recordTalk(long id, MatchAction talk, String note, String actor, DataScope scope) {
        matched(id, scope);
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
    @Transactional
    ScreeningView decide(long id, boolean confirm, String note, String actor, DataScope scope) {
        ScreeningRow screening = matched(id, scope);
        if (!"OPEN".equals(screening.status()) || screening.outcome() != ScreeningOutcome.POSSIBLE) {
            throw new RuleViolation("status", "validation.screening.decided");
        }
        if (!confirm && Watchlist.blank(note)) {
            throw new RuleViolation("note", "validation.screening.note");
        }
        Instant now = Instant.now(clock);
        jdbc.sql("update screenings set status = :s, decided_by = :by, decided_at = :at, decision_note = :note where id = :id")
                .param("s", confirm ? "CONFIRMED" : "DISMISSED").param("by", actor).param("at", Timestamp.from(now))
                .param("note", Watchlist.blank(note) ? null : note.trim()).param("id", id).update();
        action(id, actor, confirm ? MatchAction.CONFIRMED : MatchAction.DISMISSED, Watchlist.blank(note) ? null : note.trim(),
                null);
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Screening", id, screening.hospitalId(),
                confirm ? "possible match confirmed" : "possible match dismissed").withReason(note));
        return get(id, scope);
    }

    private ScreeningRow matched(long id, DataScope scope) {
        ScreeningRow screening = visible(id, scope);
        if (screening.outcome() == ScreeningOutcome.NONE) {
            throw new RuleViolation("status", "validation.screening.noMatch");
        }
        if ("DISMISSED".equals(screening.status())) {
            throw new RuleViolation("status", "validation.screening.dismissed");
        }
        return screening;
    }

    private ScreeningRow visible(long id, DataScope scope) {
        return jdbc.sql("select * from screenings where id = :id").param("id", id).query(Screenings::row).optional()
                .filter(r -> scope.includes(r.hospitalId())).orElseThrow(() -> new NotFound("screening", id));
    }

    /** WL-3: what was done about the match, in its trail. */
    private void action(long id, String actor, MatchAction action, String note, String reference,
            Object... labelArguments) {
        trail.add(RecordRef.of("SCREENING", id), Instant.now(clock), actor, action.name(), note, reference,
                labelArguments);
    }

    private ScreeningView view(ScreeningRow r, boolean full) {
        List<TrailEntry> actions = full ? trail.of(RecordRef.of("SCREENING", r.id())) : List.of();
        return new ScreeningView(r.id(), r.hospitalId(), directory.hospitalLabel(r.hospitalId()).orElse(""), r.context(),
                r.departmentId(), r.departmentId() == null ? null : departmentName(r), r.ward(), r.staff(),
                r.documentMasked(), r.nameMasked(), r.outcome(), r.matchReason(), r.personId(), r.riskLevel(), r.source(),
                r.screenedAt(), r.status(), r.decidedBy(), r.decidedAt(), r.decisionNote(), actions,
                full ? dispatch.sentFor(SOURCE, r.id()) : List.of());
    }

    private String departmentName(ScreeningRow r) {
        return directory.department(r.hospitalId(), r.departmentId()).map(DepartmentView::name).orElse("");
    }

    /** A row of screenings. */
    record ScreeningRow(long id, long hospitalId, ScreeningContext context, Long departmentId, String ward, String staff,
            String documentMasked, String nameMasked, ScreeningOutcome outcome, MatchReason matchReason, Long personId,
            RiskLevel riskLevel, String source, Instant screenedAt, String status, String decidedBy, Instant decidedAt,
            String decisionNote) {
    }

    static ScreeningRow row(ResultSet rs, int n) throws SQLException {
        long department = rs.getLong("department_id");
        boolean noDepartment = rs.wasNull();
        long person = rs.getLong("person_id");
        boolean noPerson = rs.wasNull();
        String reason = rs.getString("match_reason");
        String risk = rs.getString("risk_level");
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ScreeningRow(rs.getLong("id"), rs.getLong("hospital_id"),
                ScreeningContext.valueOf(rs.getString("context")), noDepartment ? null : department, rs.getString("ward"),
                rs.getString("staff"), rs.getString("document_masked"), rs.getString("name_masked"),
                ScreeningOutcome.valueOf(rs.getString("outcome")), reason == null ? null : MatchReason.valueOf(reason),
                noPerson ? null : person, risk == null ? null : RiskLevel.valueOf(risk), rs.getString("source"),
                rs.getTimestamp("screened_at").toInstant(), rs.getString("status"), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("decision_note"));
    }
}
