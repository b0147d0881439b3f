package com.safeward.watchlist;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.safeward.kernel.Text;
import com.safeward.organizations.DepartmentView;
import com.safeward.trail.Trail;

/**
 * WL-3: a match is recorded with its alerts in one transaction (the caller's, if any): the
 * synchronous listener of {@link HighRiskPersonScreened} writes the alerts, so the answer can say
 * security and the department have been told.
 */
@Component
class MatchAlerts {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Trail trail;
    private final Clock clock;

    MatchAlerts(JdbcClient jdbc, TransactionTemplate transactions,
            ApplicationEventPublisher events, Trail trail, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.trail = trail;
        this.clock = clock;
    }

    ScreeningResult record(ScreeningLog.Record record, ScreeningPolicy.Match match, DepartmentView department,
            String advice) {
        return transactions.execute(tx -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into screenings (hospital_id, context, department_id, ward, staff, document_type,
                        document_masked, name_masked, outcome, match_reason, person_id, risk_level, source,
                        screened_at, status)
                    values (:h, :context, :dept, :ward, :staff, :dt, :dm, :nm, :outcome, :reason, :person, :risk,
                        :source, :at, 'OPEN')""")
                    .param("h", record.hospitalId()).param("context", record.context().name())
                    .param("dept", record.departmentId()).param("ward", record.ward()).param("staff", record.staff())
                    .param("dt", record.documentType()).param("dm", record.documentMasked())
                    .param("nm", record.nameMasked()).param("outcome", match.outcome().name())
                    .param("reason", match.reason().name()).param("person", match.listing().id())
                    .param("risk", match.listing().riskLevel().name()).param("source", record.source())
                    .param("at", record.screenedAt()).update(key, "id");
            long id = key.getKeyAs(Number.class).longValue();
            events.publishEvent(new HighRiskPersonScreened(id, record.hospitalId(), record.departmentId(),
                    match.outcome(), match.listing().riskLevel(), match.listing().category(), record.context(),
                    match.listing().nameMasked()));
            List<String> actions = new ArrayList<>();
            alerted(id, Text.of("trail.alerted.security"));
            actions.add("SECURITY_ALERTED");
            if (department != null) {
                alerted(id, department.name());
                actions.add("DEPARTMENT_ALERTED");
            }
            return new ScreeningResult(id, match.outcome(), match.reason(), match.listing().riskLevel(),
                    match.listing().category(), actions, advice);
        });
    }

    private void alerted(long id, Object whom) {
        trail.add(Screening.trail(id), Instant.now(clock), "system", MatchAction.ALERTED.name(), null, null, whom);
    }
}
