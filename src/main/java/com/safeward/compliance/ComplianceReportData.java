package com.safeward.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.texts.DisplayTimes;

/**
 * What a monthly or quarterly compliance report says (SUP-4, H-3.3): a hospital's or a region's
 * statuses as they stood at the end of the period (replayed from the history), the score trend of
 * the twelve months up to it, what failed with the finding and what to do to pass, and for a
 * region each hospital's score and the share of hospitals passing each requirement.
 */
@Service
@Transactional(readOnly = true)
class ComplianceReportData {

    static final int TREND_MONTHS = 12;
    private static final int WORST_SHOWN = 10;

    /** One month's score on the trend chart; {@code inPeriod}: a month the report covers. */
    record MonthBar(String month, Integer score, boolean inPeriod) {
        public int height() {
            return score == null ? 0 : score;
        }
    }

    /** A requirement's status at the end of the period, how many of its months it failed, and what to do. */
    record RequirementLine(String requirementId, String clause, String title, ComplianceStatus status,
            int failedMonths, Text finding, Text remedy) {
    }

    /** A hospital of a region's report. */
    record HospitalLine(long hospitalId, String hospital, Integer score, List<String> failing) {
    }

    /** A requirement across a region's hospitals at the end of the period. */
    record RequirementShare(String requirementId, String clause, String title, int passed, int failed, Integer share) {
    }

    /** A hospital's report; {@code until}: the end of the period, or now for a period still running. */
    record HospitalReport(long hospitalId, String hospital, String period, Text periodLabel, Instant until,
            Integer score, int passed, int failed, int noData, List<MonthBar> trend, List<RequirementLine> failing,
            List<RequirementLine> passing) {
    }

    /** A region's report. */
    record RegionReport(long regionId, String region, String period, Text periodLabel, Instant until,
            int hospitalCount, Integer averageScore, int failingHospitals, List<MonthBar> trend,
            List<HospitalLine> hospitals, List<RequirementShare> requirements) {

        public List<HospitalLine> worst() {
            return hospitals.stream().filter(h -> h.score() != null).limit(WORST_SHOWN).toList();
        }
    }

    private final StatusHistory history;
    private final ComplianceQueries queries;
    private final RequirementCatalog catalog;
    private final ComplianceEvaluation evaluation;
    private final Remedies remedies;
    private final OrganizationDirectory organizations;
    private final DisplayTimes times;
    private final Clock clock;

    ComplianceReportData(StatusHistory history, ComplianceQueries queries, RequirementCatalog catalog,
            ComplianceEvaluation evaluation, Remedies remedies, OrganizationDirectory organizations, DisplayTimes times,
            Clock clock) {
        this.history = history;
        this.queries = queries;
        this.catalog = catalog;
        this.evaluation = evaluation;
        this.remedies = remedies;
        this.organizations = organizations;
        this.times = times;
        this.clock = clock;
    }

    HospitalReport hospital(long hospitalId, ReportPeriod period, DataScope scope, Locale locale) {
        scope.require(hospitalId, "hospital", hospitalId);
        String label = organizations.hospitalLabel(hospitalId).orElseThrow(() -> new NotFound("hospital", hospitalId));
        Window window = window(period);
        StatusHistory.Replay replay = history.at(DataScope.of(java.util.Set.of(hospitalId)), window.instants(),
                window.firstOfPeriod());
        Map<String, ComplianceStatus> statuses = replay.lastOf(hospitalId);
        Map<String, Integer> failures = replay.failures().getOrDefault(hospitalId, Map.of());
        Map<String, ComplianceViews.RequirementStatus> current = queries.hospital(hospitalId, scope, locale).stream()
                .collect(Collectors.toMap(ComplianceViews.RequirementStatus::requirementId, Function.identity()));
        Map<String, EvaluationMode> modes = evaluation.modes();
        List<RequirementLine> failing = new ArrayList<>();
        List<RequirementLine> passing = new ArrayList<>();
        for (Requirement requirement : catalog.all()) {
            ComplianceStatus status = statuses.get(requirement.id());
            if (status == ComplianceStatus.FAIL || status == ComplianceStatus.PASS) {
                ComplianceViews.RequirementStatus now = current.get(requirement.id());
                Text finding = now != null && now.status() == status ? now.finding() : null;
                RequirementLine line = new RequirementLine(requirement.id(), requirement.clause(),
                        requirement.title(locale), status, failures.getOrDefault(requirement.id(), 0),
                        finding, status == ComplianceStatus.FAIL ? remedies.of(requirement.id(), modes.get(requirement.id())) : null);
                (status == ComplianceStatus.FAIL ? failing : passing).add(line);
            }
        }
        int noData = (int) statuses.values().stream().filter(s -> s == ComplianceStatus.NO_DATA).count();
        return new HospitalReport(hospitalId, label, period.toString(), period.label(), window.until(),
                replay.lastScore(hospitalId), passing.size(), failing.size(), noData,
                window.bars(replay, s -> s.get(hospitalId)), failing, passing);
    }

    RegionReport region(long regionId, ReportPeriod period, DataScope scope, Locale locale) {
        DataScope regional = queries.regionScope(regionId, scope);
        String name = organizations.regionName(regionId).orElse("");
        Window window = window(period);
        StatusHistory.Replay replay = history.at(regional, window.instants(), window.firstOfPeriod());
        List<HospitalLine> hospitals = organizations.hospitalFacts(regional).stream().map(h -> new HospitalLine(h.id(),
                h.label(), replay.lastScore(h.id()), catalog.all().stream().map(Requirement::id)
                        .filter(r -> replay.lastOf(h.id()).get(r) == ComplianceStatus.FAIL).toList()))
                .sorted(Comparator.comparing((HospitalLine h) -> h.score() == null ? 101 : h.score())
                        .thenComparing(HospitalLine::hospital)).toList();
        List<RequirementShare> shares = catalog.all().stream().map(r -> {
            int passed = 0;
            int failed = 0;
            for (HospitalLine h : hospitals) {
                ComplianceStatus s = replay.lastOf(h.hospitalId()).get(r.id());
                passed += s == ComplianceStatus.PASS ? 1 : 0;
                failed += s == ComplianceStatus.FAIL ? 1 : 0;
            }
            return new RequirementShare(r.id(), r.clause(), r.title(locale), passed, failed,
                    passed + failed == 0 ? null : Math.round(100f * passed / (passed + failed)));
        }).filter(r -> r.passed() + r.failed() > 0).toList();
        return new RegionReport(regionId, name, period.toString(), period.label(), window.until(), hospitals.size(),
                average(hospitals.stream().map(HospitalLine::score).toList()),
                (int) hospitals.stream().filter(h -> !h.failing().isEmpty()).count(),
                window.bars(replay, ComplianceReportData::averageOf), hospitals, shares);
    }

    /** The instants a report replays: the ends of the twelve months up to the period's end (or now, if sooner). */
    private record Window(List<YearMonth> months, List<Instant> instants, ReportPeriod period, Instant until) {

        List<MonthBar> bars(StatusHistory.Replay replay, Function<Map<Long, Integer>, Integer> score) {
            List<MonthBar> bars = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                Map<Long, Integer> scores = replay.scores().get(i);
                if (!scores.isEmpty()) {
                    bars.add(new MonthBar(months.get(i).toString(), score.apply(scores),
                            period.months().contains(months.get(i))));
                }
            }
            return bars;
        }

        /** The index of the period's first month among the instants. */
        int firstOfPeriod() {
            return Math.max(0, months.indexOf(period.months().get(0)));
        }
    }

    private Window window(ReportPeriod period) {
        ZoneId zone = times.zone();
        Instant now = Instant.now(clock);
        if (!now.isAfter(period.start(zone))) {
            throw new RuleViolation("period", "compliance.report.periodNotBegun", period.toString());
        }
        YearMonth last = period.months().get(period.months().size() - 1);
        List<YearMonth> months = new ArrayList<>();
        List<Instant> instants = new ArrayList<>();
        for (YearMonth month = last.minusMonths(TREND_MONTHS - 1L); !month.isAfter(last)
                && month.atDay(1).atStartOfDay(zone).toInstant().isBefore(now); month = month.plusMonths(1)) {
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            months.add(month);
            instants.add(end.isAfter(now) ? now.plusMillis(1) : end);
        }
        return new Window(months, instants, period, instants.get(instants.size() - 1));
    }

    private static Integer averageOf(Map<Long, Integer> scores) {
        return average(List.copyOf(scores.values()));
    }

    private static Integer average(List<Integer> scores) {
        List<Integer> known = scores.stream().filter(Objects::nonNull).toList();
        return known.isEmpty() ? null : (int) Math.round(known.stream().mapToInt(Integer::intValue).average().orElse(0));
    }
}
