package com.safeward.compliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.Actor;
import com.safeward.organizations.Affiliation;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.texts.DisplayTimes;

/**
 * The Safe Hospital (平安医院) annual assessment of a hospital (SUP-2, H-3.3 "检查、抽查、暗访和考评，
 * 并与平安医院建设密切结合"): assembled from the year's evaluations (the compliance score and the
 * requirements failing at the year's end, replayed from the history) and the year's inspections
 * (their average score), with a proposed grade; a regulator above the hospital assembles it as a
 * draft at any time and, once the year is over, finalises it with a grade and a conclusion — from
 * then on it no longer changes. The hospital sees its own.
 */
@Service
@Transactional
class SafeHospitalAssessments {

    /** An assessment; {@code status} null: not assembled yet (the figures are a preview as of now). */
    record AssessmentView(long hospitalId, String hospital, int year, String status, Integer complianceScore,
            Integer inspectionScore, Integer overallScore, List<String> failing, int inspections,
            AssessmentGrade proposedGrade, AssessmentGrade grade, String conclusion, Instant assembledAt,
            String assembledBy, String finalisedBy, Instant finalisedAt, Instant until, List<AssessmentRecord> records) {

        public boolean finalised() {
            return FINAL.equals(status);
        }
    }

    /** A hospital's line in the year's list. */
    record Row(long hospitalId, String hospital, String status, Integer overallScore, AssessmentGrade proposedGrade,
            AssessmentGrade grade) {
    }

    static final String DRAFT = "DRAFT";
    static final String FINAL = "FINAL";

    private final JdbcClient jdbc;
    private final StatusHistory history;
    private final List<AssessmentRecordSource> sources;
    private final OrganizationDirectory organizations;
    private final ComplianceProperties properties;
    private final DisplayTimes times;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SafeHospitalAssessments(JdbcClient jdbc, StatusHistory history, List<AssessmentRecordSource> sources,
            OrganizationDirectory organizations, ComplianceProperties properties, DisplayTimes times, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.sources = sources;
        this.organizations = organizations;
        this.properties = properties;
        this.times = times;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every hospital of the scope with its assessment of the year (if assembled), lowest score first. */
    @Transactional(readOnly = true)
    List<Row> year(int year, DataScope scope) {
        checkYear(year);
        Map<Long, Row> stored = new HashMap<>();
        jdbc.sql("select * from safe_hospital_assessments where assessment_year = :y").param("y", year).query((rs, n) -> {
            stored.put(rs.getLong("hospital_id"), new Row(rs.getLong("hospital_id"), "", rs.getString("status"),
                    integer(rs, "overall_score"), AssessmentGrade.valueOf(rs.getString("proposed_grade")),
                    rs.getString("grade") == null ? null : AssessmentGrade.valueOf(rs.getString("grade"))));
            return null;
        }).list();
        return organizations.hospitalFacts(scope).stream().map(h -> {
            Row row = stored.get(h.id());
            return row == null ? new Row(h.id(), h.label(), null, null, null, null)
                    : new Row(h.id(), h.label(), row.status(), row.overallScore(), row.proposedGrade(), row.grade());
        }).sorted(Comparator.comparing((Row r) -> r.overallScore() == null ? 101 : r.overallScore())
                .thenComparing(Row::hospital)).toList();
    }

    /** The stored assessment, or a preview assembled as of now when there is none. */
    @Transactional(readOnly = true)
    AssessmentView get(long hospitalId, int year, DataScope scope) {
        scope.require(hospitalId, "hospital", hospitalId);
        checkYear(year);
        return stored(hospitalId, year).orElseGet(() -> compute(hospitalId, year, null, null));
    }

    /** A regulator (re)assembles the draft from the records as they are now; a final one no longer changes. */
    AssessmentView assemble(long hospitalId, int year, Actor actor, DataScope scope) {
        requireRegulatorOver(hospitalId, actor, scope);
        checkYear(year);
        requireDraft(hospitalId, year);
        AssessmentView view = compute(hospitalId, year, DRAFT, actor.username());
        jdbc.sql("delete from safe_hospital_assessments where hospital_id = :h and assessment_year = :y").param("h", hospitalId)
                .param("y", year).update();
        jdbc.sql("insert into safe_hospital_assessments (hospital_id, assessment_year, status, compliance_score, inspection_score, "
                + "overall_score, failing, inspections, proposed_grade, assembled_at, assembled_by) values (:h, :y, :s, "
                + ":cs, :is, :os, :f, :n, :pg, :at, :by)").param("h", hospitalId).param("y", year).param("s", DRAFT)
                .param("cs", view.complianceScore()).param("is", view.inspectionScore()).param("os", view.overallScore())
                .param("f", String.join(",", view.failing())).param("n", view.inspections())
                .param("pg", view.proposedGrade().name()).param("at", Timestamp.from(view.assembledAt()))
                .param("by", actor.username()).update();
        audit.record(AuditEntry.of(AuditAction.UPDATED, "SafeHospitalAssessment", hospitalId + "/" + year, hospitalId,
                Text.of("audit.assessment.assembled", year, view.overallScore() == null ? "—" : view.overallScore())));
        return stored(hospitalId, year).orElseThrow();
    }

    /** The regulator's conclusion, once the year is over: assembled afresh, then final. */
    AssessmentView finalise(long hospitalId, int year, AssessmentForm form, Actor actor, DataScope scope) {
        requireRegulatorOver(hospitalId, actor, scope);
        checkYear(year);
        if (Instant.now(clock).isBefore(yearStart(year + 1))) {
            throw new RuleViolation("grade", "assessment.yearNotOver", year);
        }
        AssessmentView draft = assemble(hospitalId, year, actor, scope);
        String conclusion = form.conclusion == null ? "" : form.conclusion.strip();
        if (form.grade != draft.proposedGrade() && conclusion.isEmpty()) {
            throw new RuleViolation("conclusion", "assessment.conclusionRequired");
        }
        jdbc.sql("update safe_hospital_assessments set status = :s, grade = :g, conclusion = :c, finalised_by = :by, "
                + "finalised_at = :at where hospital_id = :h and assessment_year = :y").param("s", FINAL)
                .param("g", form.grade.name()).param("c", conclusion.isEmpty() ? null : conclusion)
                .param("by", actor.username()).param("at", Timestamp.from(Instant.now(clock)))
                .param("h", hospitalId).param("y", year).update();
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "SafeHospitalAssessment", hospitalId + "/" + year,
                hospitalId, Text.of("audit.assessment.finalised", year, Text.of(form.grade))));
        events.publishEvent(new SafeHospitalAssessmentFinalised(hospitalId, year, form.grade.name()));
        return stored(hospitalId, year).orElseThrow();
    }

    private AssessmentView compute(long hospitalId, int year, String status, String by) {
        ZoneId zone = times.zone();
        Instant now = Instant.now(clock);
        Instant from = yearStart(year);
        Instant to = yearStart(year + 1);
        Instant until = now.isBefore(to) ? now.plusMillis(1) : to;
        List<Instant> monthEnds = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            Instant end = java.time.YearMonth.of(year, month).plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            monthEnds.add(end.isAfter(until) ? until : end);
            if (!end.isBefore(until)) {
                break;
            }
        }
        StatusHistory.Replay replay = history.at(DataScope.of(Set.of(hospitalId)), monthEnds, 0);
        List<String> failing = replay.lastOf(hospitalId).entrySet().stream()
                .filter(e -> e.getValue() == ComplianceStatus.FAIL).map(Map.Entry::getKey).sorted().toList();
        List<AssessmentRecord> records = records(hospitalId, from, until);
        List<Integer> scored = records.stream().map(AssessmentRecord::score).filter(java.util.Objects::nonNull).toList();
        Integer complianceScore = replay.lastScore(hospitalId);
        Integer inspectionScore = scored.isEmpty() ? null
                : (int) Math.round(scored.stream().mapToInt(Integer::intValue).average().orElse(0));
        Integer overall = complianceScore == null ? inspectionScore : inspectionScore == null ? complianceScore
                : Math.round((complianceScore + inspectionScore) / 2f);
        ComplianceProperties.AssessmentMarks marks = properties.marksFor(organizations.regionCodesOf(hospitalId));
        AssessmentGrade proposed = overall == null || overall < marks.passing() ? AssessmentGrade.FAILED
                : overall >= marks.excellent() && failing.isEmpty() ? AssessmentGrade.EXCELLENT : AssessmentGrade.PASSED;
        return new AssessmentView(hospitalId, organizations.hospitalLabel(hospitalId).orElse(""), year, status,
                complianceScore, inspectionScore, overall, failing, scored.size(), proposed, null, null, now, by, null,
                null, until, records);
    }

    private java.util.Optional<AssessmentView> stored(long hospitalId, int year) {
        return jdbc.sql("select * from safe_hospital_assessments where hospital_id = :h and assessment_year = :y")
                .param("h", hospitalId).param("y", year).query((rs, n) -> view(rs)).optional();
    }

    private AssessmentView view(ResultSet rs) throws SQLException {
        long hospitalId = rs.getLong("hospital_id");
        int year = rs.getInt("assessment_year");
        Instant until = Instant.now(clock).isBefore(yearStart(year + 1)) ? rs.getTimestamp("assembled_at").toInstant()
                : yearStart(year + 1);
        List<AssessmentRecord> records = records(hospitalId, yearStart(year), until);
        String failing = rs.getString("failing");
        return new AssessmentView(hospitalId, organizations.hospitalLabel(hospitalId).orElse(""), year,
                rs.getString("status"), integer(rs, "compliance_score"), integer(rs, "inspection_score"),
                integer(rs, "overall_score"), failing.isEmpty() ? List.of() : List.of(failing.split(",")),
                rs.getInt("inspections"), AssessmentGrade.valueOf(rs.getString("proposed_grade")),
                rs.getString("grade") == null ? null : AssessmentGrade.valueOf(rs.getString("grade")),
                rs.getString("conclusion"), rs.getTimestamp("assembled_at").toInstant(), rs.getString("assembled_by"),
                rs.getString("finalised_by"), rs.getTimestamp("finalised_at") == null ? null
                        : rs.getTimestamp("finalised_at").toInstant(), until, records);
    }

    /** The other modules' records of the hospital in the period, oldest first. */
    private List<AssessmentRecord> records(long hospitalId, Instant from, Instant until) {
        List<AssessmentRecord> records = new ArrayList<>();
        sources.forEach(source -> records.addAll(source.recordsOf(hospitalId, from, until)));
        records.sort(Comparator.comparing(AssessmentRecord::at));
        return records;
    }

    private void requireRegulatorOver(long hospitalId, Actor actor, DataScope scope) {
        scope.require(hospitalId, "hospital", hospitalId);
        if (actor.role().affiliation() != Affiliation.REGION) {
            throw new NotFound("hospital", hospitalId);
        }
    }

    private void requireDraft(long hospitalId, int year) {
        if (stored(hospitalId, year).filter(AssessmentView::finalised).isPresent()) {
            throw new RuleViolation("grade", "assessment.alreadyFinal", year);
        }
    }

    private void checkYear(int year) {
        int current = Year.now(clock.withZone(times.zone())).getValue();
        if (year < 2000 || year > current) {
            throw new RuleViolation("year", "assessment.yearInvalid", year);
        }
    }

    private Instant yearStart(int year) {
        return Year.of(year).atDay(1).atStartOfDay(times.zone()).toInstant();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
