package com.safeward.compliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.kernel.NotFound;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.HospitalFacts;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.PagedQuery;
import com.safeward.texts.TextJson;

/** Reading the evaluated statuses within the viewer's scope (SUP-1, SUP-4). */
@Service
@Transactional(readOnly = true)
class ComplianceQueries {

    private static final int WORST_SHOWN = 10;
    /** A requirement's roll-up names this many failing hospitals (the requirement's page lists them all). */
    private static final int FAILING_NAMED = 20;

    private final RequirementCatalog catalog;
    private final ComplianceEvaluation evaluation;
    private final OrganizationDirectory organizations;
    private final JdbcClient jdbc;
    private final TextJson texts;
    private final Remedies remedies;
    private final ComplianceViewCache views;

    ComplianceQueries(RequirementCatalog catalog, ComplianceEvaluation evaluation, OrganizationDirectory organizations,
            JdbcClient jdbc, TextJson texts, Remedies remedies, ComplianceViewCache views) {
        this.views = views;
        this.remedies = remedies;
        this.catalog = catalog;
        this.evaluation = evaluation;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.texts = texts;
    }

    /** Every hospital of the scope with its score, worst first (ties by code). */
    List<ComplianceViews.HospitalScore> hospitals(DataScope scope) {
        return views.get(List.of("hospitals", scope), () -> scores(scope));
    }

    /**
     * One page of the scope's hospitals, worst first: only those failing something when asked, only
     * those whose code or name contains {@code q}.
     */
    org.springframework.data.domain.Page<ComplianceViews.HospitalScore> hospitals(DataScope scope, boolean failingOnly,
            String q, org.springframework.data.domain.Pageable pageable) {
        String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<ComplianceViews.HospitalScore> matching = hospitals(scope).stream()
                .filter(h -> !failingOnly || h.failed() > 0)
                .filter(h -> text.isEmpty() || h.hospitalLabel().toLowerCase(Locale.ROOT).contains(text)).toList();
        if (pageable.isUnpaged()) {
            return new org.springframework.data.domain.PageImpl<>(matching);
        }
        int from = (int) Math.min(pageable.getOffset(), matching.size());
        return new org.springframework.data.domain.PageImpl<>(
                matching.subList(from, Math.min(from + pageable.getPageSize(), matching.size())), pageable,
                matching.size());
    }

    private List<ComplianceViews.HospitalScore> scores(DataScope scope) {
        List<HospitalFacts> facts = organizations.hospitalFacts(scope);
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, Instant> evaluated = new HashMap<>();
        scope.limit(new PagedQuery(), "hospital_id").grouped(jdbc, "compliance_statuses",
                "hospital_id, status, count(*) as n, max(evaluated_at) as at", "hospital_id, status", (rs, n) -> {
                    int[] c = counts.computeIfAbsent(rs.getLong("hospital_id"), h -> new int[3]);
                    int count = rs.getInt("n");
                    switch (ComplianceStatus.valueOf(rs.getString("status"))) {
                        case PASS -> c[0] += count;
                        case FAIL -> c[1] += count;
                        case NO_DATA -> c[2] += count;
                        case NOT_APPLICABLE -> { }
                    }
                    evaluated.merge(rs.getLong("hospital_id"), rs.getTimestamp("at").toInstant(),
                            (a, b) -> a.isAfter(b) ? a : b);
                    return null;
                });
        return facts.stream().map(h -> {
            int[] c = counts.getOrDefault(h.id(), new int[3]);
            Integer score = c[0] + c[1] == 0 ? null : Math.round(100f * c[0] / (c[0] + c[1]));
            return new ComplianceViews.HospitalScore(h.id(), h.label(), c[0], c[1], c[2], score, evaluated.get(h.id()));
        }).sorted(Comparator.comparing((ComplianceViews.HospitalScore s) -> s.score() == null ? 101 : s.score())
                .thenComparing(ComplianceViews.HospitalScore::hospitalLabel)).toList();
    }

    /** One hospital's requirements, failures first, then in catalog order. */
    List<ComplianceViews.RequirementStatus> hospital(long hospitalId, DataScope scope, Locale locale) {
        scope.require(hospitalId, "hospital", hospitalId);
        Map<String, ComplianceViews.RequirementStatus> rows = new HashMap<>();
        jdbc.sql("select * from compliance_statuses where hospital_id = :h").param("h", hospitalId)
                .query((rs, n) -> rows.put(rs.getString("requirement_id"), status(rs, locale))).list();
        Map<String, EvaluationMode> modes = evaluation.modes();
        List<ComplianceViews.RequirementStatus> all = new ArrayList<>();
        for (Requirement requirement : catalog.all()) {
            all.add(rows.getOrDefault(requirement.id(), new ComplianceViews.RequirementStatus(requirement.id(),
                    requirement.clause(), requirement.title(locale), requirement.textEn(), ComplianceStatus.NO_DATA,
                    modes.get(requirement.id()), com.safeward.kernel.Text.of("compliance.finding.notEvaluated"),
                    List.of(), null, null, remedies.of(requirement.id(), modes.get(requirement.id())))));
        }
        return all.stream().sorted(Comparator.comparing((ComplianceViews.RequirementStatus r) ->
                r.status() != ComplianceStatus.FAIL)).toList();
    }

    /** The requirement IDs each hospital of the scope fails, in catalog order (an export's column). */
    Map<Long, List<String>> failing(DataScope scope) {
        Map<Long, List<String>> failing = new HashMap<>();
        scope.limit(new PagedQuery(), "hospital_id").and("status = 'FAIL'").list(jdbc, "compliance_statuses",
                "hospital_id, requirement_id", (rs, n) -> failing.computeIfAbsent(rs.getLong("hospital_id"),
                        h -> new ArrayList<>()).add(rs.getString("requirement_id")));
        return failing;
    }

    /** One requirement across the scope's hospitals, failures first. */
    List<ComplianceViews.HospitalStatus> requirement(String requirementId, DataScope scope) {
        catalog.find(requirementId).orElseThrow(() -> new NotFound("requirement", requirementId));
        PagedQuery query = scope.limit(new PagedQuery(), "hospital_id").and("requirement_id = :r", "r", requirementId);
        return query.list(jdbc, "compliance_statuses", "hospital_id", (rs, n) -> new ComplianceViews.HospitalStatus(
                rs.getLong("hospital_id"), organizations.hospitalLabel(rs.getLong("hospital_id")).orElse(""),
                ComplianceStatus.valueOf(rs.getString("status")), finding(rs), links(rs),
                rs.getTimestamp("changed_at").toInstant())).stream()
                .sorted(Comparator.comparing((ComplianceViews.HospitalStatus s) -> s.status() != ComplianceStatus.FAIL)
                        .thenComparing(ComplianceViews.HospitalStatus::hospitalLabel)).toList();
    }

    /** A region's roll-up, limited to what the viewer sees of it (SUP-1). */
    ComplianceViews.RegionRollup region(long regionId, DataScope scope, Locale locale) {
        DataScope regional = regionScope(regionId, scope);
        return views.get(List.of("region", regionId, locale), () -> rollup(regionId, regional, locale));
    }

    private ComplianceViews.RegionRollup rollup(long regionId, DataScope regional, Locale locale) {
        var region = organizations.region(regionId).orElseThrow(() -> new NotFound("region", regionId));
        List<ComplianceViews.HospitalScore> scores = hospitals(regional);
        Map<String, EvaluationMode> modes = evaluation.modes();
        Map<String, int[]> byRequirement = new HashMap<>();
        regional.limit(new PagedQuery(), "hospital_id").and("status in ('PASS', 'FAIL')").grouped(jdbc,
                "compliance_statuses", "requirement_id, status, count(*) as n", "requirement_id, status", (rs, n) ->
                        byRequirement.computeIfAbsent(rs.getString("requirement_id"), r -> new int[2])
                                ["PASS".equals(rs.getString("status")) ? 0 : 1] += rs.getInt("n"));
        Map<Long, String> labels = new HashMap<>();
        scores.forEach(h -> labels.put(h.hospitalId(), h.hospitalLabel()));
        Map<String, List<String>> failing = new HashMap<>();
        regional.limit(new PagedQuery(), "hospital_id").and("status = 'FAIL'").list(jdbc, "compliance_statuses",
                "requirement_id, hospital_id", (rs, n) -> failing.computeIfAbsent(rs.getString("requirement_id"),
                        r -> new ArrayList<>()).add(labels.getOrDefault(rs.getLong("hospital_id"), "")));
        List<ComplianceViews.RequirementRollup> requirements = catalog.all().stream().map(r -> {
            int[] c = byRequirement.getOrDefault(r.id(), new int[2]);
            return new ComplianceViews.RequirementRollup(r.id(), r.clause(), r.title(locale), modes.get(r.id()), c[0],
                    c[1], c[0] + c[1] == 0 ? null : Math.round(100f * c[0] / (c[0] + c[1])),
                    failing.getOrDefault(r.id(), List.of()).stream().sorted().limit(FAILING_NAMED).toList());
        }).toList();
        List<Integer> known = scores.stream().map(ComplianceViews.HospitalScore::score).filter(java.util.Objects::nonNull)
                .toList();
        return new ComplianceViews.RegionRollup(regionId, region.name(), scores.size(),
                known.isEmpty() ? null : (int) Math.round(known.stream().mapToInt(Integer::intValue).average().orElse(0)),
                scores.subList(0, Math.min(WORST_SHOWN, scores.size())), requirements,
                byRequirement.getOrDefault("INC-6", new int[2])[1], byRequirement.getOrDefault("RSK-2", new int[2])[1]);
    }

    /** The hospitals under a region, if the viewer sees all of them; 404 for a region above or beside the viewer's (SUP-1). */
    DataScope regionScope(long regionId, DataScope scope) {
        return seenRegion(regionId, scope).orElseThrow(() -> new NotFound("region", regionId));
    }

    /** The hospitals under a region if the viewer sees every one of them; empty for a region above or beside. */
    java.util.Optional<DataScope> seenRegion(long regionId, DataScope scope) {
        return organizations.region(regionId).map(region -> organizations.hospitalIdsUnderRegion(region.code()))
                .filter(under -> scope.everything() || scope.hospitalIds().containsAll(under)).map(DataScope::of);
    }

    /**
     * The hospital's score at the end of each of the last {@code months} months (the current one: as
     * of now), replayed from the history of statuses; months before its first evaluation are left out.
     */
    List<ComplianceViews.MonthScore> monthly(long hospitalId, DataScope scope, int months, Instant now,
            java.time.ZoneId zone) {
        scope.require(hospitalId, "hospital", hospitalId);
        List<Object[]> history = jdbc.sql("select requirement_id, status, at from compliance_history where hospital_id = :h "
                + "order by at, id").param("h", hospitalId).query((rs, n) -> new Object[] {rs.getString(1),
                        rs.getString(2), rs.getTimestamp(3).toInstant()}).list();
        java.time.YearMonth current = java.time.YearMonth.from(now.atZone(zone));
        Map<String, String> status = new HashMap<>();
        List<ComplianceViews.MonthScore> scores = new ArrayList<>();
        int next = 0;
        for (java.time.YearMonth month = current.minusMonths(months - 1L); !month.isAfter(current);
                month = month.plusMonths(1)) {
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            while (next < history.size() && ((Instant) history.get(next)[2]).isBefore(end)) {
                status.put((String) history.get(next)[0], (String) history.get(next)[1]);
                next++;
            }
            long passed = status.values().stream().filter("PASS"::equals).count();
            long failed = status.values().stream().filter("FAIL"::equals).count();
            if (!status.isEmpty()) {
                scores.add(new ComplianceViews.MonthScore(month.toString(),
                        passed + failed == 0 ? null : Math.round(100f * passed / (passed + failed))));
            }
        }
        return scores;
    }

    private ComplianceViews.RequirementStatus status(ResultSet rs, Locale locale) throws SQLException {
        String id = rs.getString("requirement_id");
        Requirement requirement = catalog.find(id).orElse(new Requirement(id, "", Applicability.ALL, id, id));
        ComplianceStatus status = ComplianceStatus.valueOf(rs.getString("status"));
        EvaluationMode mode = EvaluationMode.valueOf(rs.getString("mode"));
        return new ComplianceViews.RequirementStatus(id, requirement.clause(), requirement.title(locale),
                requirement.textEn(), status, mode, finding(rs), links(rs),
                rs.getTimestamp("evaluated_at").toInstant(), rs.getTimestamp("changed_at").toInstant(),
                status == ComplianceStatus.FAIL || status == ComplianceStatus.NO_DATA ? remedies.of(id, mode) : null);
    }

    private com.safeward.kernel.Text finding(ResultSet rs) throws SQLException {
        String stored = rs.getString("finding_text");
        return stored == null ? null : texts.read(stored);
    }

    private static List<String> links(ResultSet rs) throws SQLException {
        String stored = rs.getString("links");
        return stored == null ? List.of() : List.of(stored.split("\n"));
    }
}
