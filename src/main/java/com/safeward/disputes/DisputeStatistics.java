package com.safeward.disputes;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.kernel.RuleViolation;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.PagedQuery;
import com.safeward.texts.DisplayTimes;

/**
 * DSP statistics for a period (disputes opened from {@code from} to {@code to}, local dates) in the
 * viewer's scope — a hospital's, or a regulator's region: by department, cause (from the reviews),
 * channel and outcome, claimed and paid amounts, and how long closed disputes took. Figures are
 * grouped by the database; labels are message keys or the configured cause names.
 */
@Service
@Transactional(readOnly = true)
class DisputeStatistics {

    /** One figure: what (a message key when {@code key}, else a name) and how many. */
    record Figure(String label, boolean key, long count) {
    }

    /** The period's figures. */
    record Figures(LocalDate from, LocalDate to, long opened, long closed, long openHighRisk, BigDecimal claimed,
            BigDecimal paid, List<Figure> byDepartment, List<Figure> byCause, List<Figure> byChannel,
            List<Figure> byOutcome, List<Figure> byDuration) {
    }

    private static final int[] DURATION_LIMITS = {30, 90, 180};

    private final JdbcClient jdbc;
    private final OrganizationDirectory organizations;
    private final DisputeProperties properties;
    private final DisplayTimes times;

    DisputeStatistics(JdbcClient jdbc, OrganizationDirectory organizations, DisputeProperties properties,
            DisplayTimes times) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.properties = properties;
        this.times = times;
    }

    Figures of(LocalDate from, LocalDate to, Long hospitalId, DataScope scope) {
        LocalDate start = from != null ? from : times.today().withDayOfYear(1);
        LocalDate end = to != null ? to : times.today();
        if (end.isBefore(start)) {
            throw new RuleViolation("to", "validation.statistics.range");
        }
        Map<String, Object> range = Map.of("from", Timestamp.from(times.startOf(start)), "to",
                Timestamp.from(times.endOf(end)));
        record DepartmentCount(long hospital, Long department, long count) {
        }
        List<DepartmentCount> departmentCounts = query(hospitalId, scope, range).grouped(jdbc, "disputes d",
                "d.hospital_id, d.department_id, count(*) as n", "d.hospital_id, d.department_id", (rs, n) -> {
                    long department = rs.getLong("department_id");
                    return new DepartmentCount(rs.getLong("hospital_id"), rs.wasNull() ? null : department, rs.getLong("n"));
                });
        boolean severalHospitals = departmentCounts.stream().map(DepartmentCount::hospital).distinct().count() > 1;
        List<Figure> byDepartment = departmentCounts.stream().map(c -> c.department() == null
                ? new Figure("dispute.noDepartment", true, c.count())
                : new Figure((severalHospitals ? organizations.hospitalLabel(c.hospital()).map(h -> h + " · ").orElse("")
                        : "") + organizations.department(c.hospital(), c.department()).map(d -> d.name()).orElse(""),
                        false, c.count())).toList();
        List<Figure> byCause = query(hospitalId, scope, range).grouped(jdbc,
                "disputes d join dispute_reviews r on r.dispute_id = d.id", "r.cause_category, count(*) as n",
                "r.cause_category", (rs, n) -> new Figure(properties.causeCategories().getOrDefault(
                        rs.getString("cause_category"), rs.getString("cause_category")), false, rs.getLong("n")));
        List<Figure> byChannel = query(hospitalId, scope, range).grouped(jdbc,
                "disputes d join dispute_channels c on c.dispute_id = d.id", "c.kind, count(*) as n", "c.kind",
                (rs, n) -> new Figure("DisputeChannelKind." + rs.getString("kind"), true, rs.getLong("n")));
        List<Figure> byOutcome = query(hospitalId, scope, range).and("c.outcome is not null").grouped(jdbc,
                "disputes d join dispute_channels c on c.dispute_id = d.id", "c.outcome, count(*) as n", "c.outcome",
                (rs, n) -> new Figure("ChannelOutcome." + rs.getString("outcome"), true, rs.getLong("n")));
        long[] durations = new long[DURATION_LIMITS.length + 1];
        query(hospitalId, scope, range).and("d.status = 'CLOSED'").grouped(jdbc, "disputes d",
                "d.opened_at, d.closed_at", "d.id, d.opened_at, d.closed_at", (rs, n) -> {
                    long days = Duration.between(rs.getTimestamp("opened_at").toInstant(),
                            rs.getTimestamp("closed_at").toInstant()).toDays();
                    int bucket = 0;
                    while (bucket < DURATION_LIMITS.length && days > DURATION_LIMITS[bucket]) {
                        bucket++;
                    }
                    durations[bucket]++;
                    return null;
                });
        List<Figure> byDuration = new ArrayList<>();
        for (int i = 0; i < durations.length; i++) {
            byDuration.add(new Figure("dispute.duration." + i, true, durations[i]));
        }
        Figures none = new Figures(start, end, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, byDepartment, byCause,
                byChannel, byOutcome, byDuration);
        BigDecimal paid = query(hospitalId, scope, range).aggregate(jdbc,
                "disputes d join dispute_payments p on p.dispute_id = d.id", "coalesce(sum(p.amount), 0) as paid",
                (rs, n) -> rs.getBigDecimal("paid")).orElse(BigDecimal.ZERO);
        return query(hospitalId, scope, range).aggregate(jdbc, "disputes d", """
                count(*) as opened, sum(case when d.status = 'CLOSED' then 1 else 0 end) as closed,
                sum(case when d.status = 'OPEN' and (d.threat_to_staff or d.petition_risk or d.criminal_risk)
                    then 1 else 0 end) as risky,
                coalesce(sum(d.claimed_amount), 0) as claimed""",
                (rs, n) -> new Figures(start, end, rs.getLong("opened"), rs.getLong("closed"), rs.getLong("risky"),
                        rs.getBigDecimal("claimed"), paid, byDepartment, byCause, byChannel,
                        byOutcome, byDuration)).orElse(none);
    }

    private static PagedQuery query(Long hospitalId, DataScope scope, Map<String, Object> range) {
        PagedQuery query = scope.limit(new PagedQuery(), "d.hospital_id")
                .and("d.opened_at >= :from and d.opened_at <= :to", range);
        if (hospitalId != null) {
            query.and("d.hospital_id = :hospital", "hospital", hospitalId);
        }
        return query;
    }
}
