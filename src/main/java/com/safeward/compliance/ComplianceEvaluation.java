package com.safeward.compliance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.safeward.kernel.Text;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.HospitalFacts;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.texts.TextJson;

/**
 * Evaluates every requirement of the catalog for every hospital (SUP-4): each rule once for all the
 * hospitals it binds; several rules of one requirement combine (a failure wins); a requirement
 * without rules is judged from inspections (a {@link ComplianceRuleSource}) or has no data. The
 * result replaces each hospital's current status, and every change of status is kept as history.
 * Runs on a persistent schedule ({@code safeward.compliance.every}) and on demand.
 */
@Service
class ComplianceEvaluation {

    static final String TASK = "compliance-evaluation";
    private static final Logger log = LoggerFactory.getLogger(ComplianceEvaluation.class);

    /** One hospital's verdict on one requirement. */
    record Verdict(long hospitalId, String requirementId, ComplianceStatus status, EvaluationMode mode, Text finding,
            List<String> links) {
    }

    private final RequirementCatalog catalog;
    private final List<ComplianceRule> rules;
    private final List<ComplianceRuleSource> sources;
    private final OrganizationDirectory organizations;
    private final ComplianceProperties properties;
    private final JdbcTemplate jdbc;
    private final TextJson texts;
    private final Clock clock;
    private final ComplianceViewCache views;
    /** A savepoint in the caller's transaction: a store that lost a race for a first status is undone alone. */
    private final TransactionTemplate savepoint;

    ComplianceEvaluation(RequirementCatalog catalog, List<ComplianceRule> rules, List<ComplianceRuleSource> sources,
            OrganizationDirectory organizations, ComplianceProperties properties, JdbcTemplate jdbc, TextJson texts,
            Clock clock, ComplianceViewCache views, PlatformTransactionManager transactions) {
        this.views = views;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.catalog = catalog;
        this.rules = rules;
        this.sources = sources;
        this.organizations = organizations;
        this.properties = properties;
        this.jdbc = jdbc;
        this.texts = texts;
        this.clock = clock;
    }

    /** The mode of each requirement now (the rules from data may change between evaluations). */
    Map<String, EvaluationMode> modes() {
        Map<String, EvaluationMode> modes = new LinkedHashMap<>();
        List<ComplianceRule> byInspection = sources.stream().flatMap(s -> s.rules().stream()).toList();
        for (Requirement requirement : catalog.all()) {
            boolean automatic = rules.stream().anyMatch(r -> r.requirementId().equals(requirement.id()));
            boolean inspected = byInspection.stream().anyMatch(r -> r.requirementId().equals(requirement.id()));
            modes.put(requirement.id(), automatic ? EvaluationMode.AUTOMATIC
                    : inspected ? EvaluationMode.BY_INSPECTION : EvaluationMode.NOT_YET_COVERED);
        }
        return modes;
    }

    /** Every rule for every hospital, stored; answers how many statuses changed. */
    @Transactional
    int evaluateAll() {
        Instant now = Instant.now(clock);
        List<HospitalFacts> hospitals = organizations.hospitalFacts(DataScope.all());
        return store(verdicts(hospitals, catalog.all(), now), null, now);
    }

    /**
     * The requirements of one hospital whose records changed ({@link ComplianceRecordsChanged}):
     * only their rules, only for that hospital.
     */
    @Transactional
    int evaluate(long hospitalId, java.util.Set<String> requirementIds) {
        Instant now = Instant.now(clock);
        List<HospitalFacts> hospital = organizations.hospitalFacts(DataScope.of(java.util.Set.of(hospitalId)));
        List<Requirement> requirements = catalog.all().stream().filter(r -> requirementIds.contains(r.id())).toList();
        if (hospital.isEmpty() || requirements.isEmpty()) {
            return 0;
        }
        List<Verdict> verdicts = verdicts(hospital, requirements, now);
        try {
            return savepoint.execute(tx -> store(verdicts, hospitalId, now));
        } catch (DuplicateKeyException raced) {
            // another evaluation of this hospital inserted the same first status meanwhile (committed now):
            // back to the savepoint, read again, update it
            return savepoint.execute(tx -> store(verdicts, hospitalId, now));
        }
    }

    List<Verdict> verdicts(List<HospitalFacts> hospitals, List<Requirement> requirements, Instant now) {
        Map<String, List<ComplianceRule>> byRequirement = new HashMap<>();
        rules.forEach(r -> byRequirement.computeIfAbsent(r.requirementId(), id -> new ArrayList<>()).add(r));
        Map<String, List<ComplianceRule>> byInspection = new HashMap<>();
        sources.stream().flatMap(s -> s.rules().stream())
                .forEach(r -> byInspection.computeIfAbsent(r.requirementId(), id -> new ArrayList<>()).add(r));
        List<Verdict> verdicts = new ArrayList<>();
        for (Requirement requirement : requirements) {
            List<ComplianceRule> automatic = byRequirement.getOrDefault(requirement.id(), List.of());
            List<ComplianceRule> judging = automatic.isEmpty()
                    ? byInspection.getOrDefault(requirement.id(), List.of()) : automatic;
            EvaluationMode mode = !automatic.isEmpty() ? EvaluationMode.AUTOMATIC
                    : judging.isEmpty() ? EvaluationMode.NOT_YET_COVERED : EvaluationMode.BY_INSPECTION;
            List<HospitalFacts> bound = hospitals.stream().filter(h -> requirement.applicability().binds(h,
                    properties.thresholdsFor(h.regionCodes()))).toList();
            java.util.Set<Long> boundIds = bound.stream().map(HospitalFacts::id).collect(java.util.stream.Collectors.toSet());
            Map<Long, RuleOutcome> combined = new HashMap<>();
            for (ComplianceRule rule : judging) {
                List<HospitalFacts> judged = bound.stream().filter(rule::appliesTo).toList();
                for (Map.Entry<Long, RuleOutcome> outcome : evaluate(rule, judged, now).entrySet()) {
                    combined.merge(outcome.getKey(), outcome.getValue(), ComplianceEvaluation::combine);
                }
            }
            for (HospitalFacts hospital : hospitals) {
                if (!boundIds.contains(hospital.id())) {
                    verdicts.add(new Verdict(hospital.id(), requirement.id(), ComplianceStatus.NOT_APPLICABLE, mode,
                            Text.of("compliance.finding.notApplicable"), List.of()));
                    continue;
                }
                RuleOutcome outcome = combined.get(hospital.id());
                verdicts.add(outcome == null
                        ? new Verdict(hospital.id(), requirement.id(), ComplianceStatus.NO_DATA, mode,
                                Text.of(mode == EvaluationMode.NOT_YET_COVERED ? "compliance.finding.notYetCovered"
                                        : "compliance.finding.noData"), List.of())
                        : new Verdict(hospital.id(), requirement.id(), outcome.status(), mode, outcome.finding(),
                                outcome.links()));
            }
        }
        return verdicts;
    }

    /** A rule that fails to evaluate judges nothing this time (its hospitals have no data), and says why in the log. */
    private static Map<Long, RuleOutcome> evaluate(ComplianceRule rule, List<HospitalFacts> hospitals, Instant now) {
        if (hospitals.isEmpty()) {
            return Map.of();
        }
        try {
            return rule.evaluate(hospitals, now);
        } catch (RuntimeException broken) {
            log.error("Compliance rule {} ({}) could not be evaluated", rule.requirementId(), rule.getClass().getName(),
                    broken);
            return Map.of();
        }
    }

    private static RuleOutcome combine(RuleOutcome first, RuleOutcome second) {
        ComplianceStatus status = first.status().combinedWith(second.status());
        RuleOutcome leading = status == first.status() ? first : second;
        List<String> links = new ArrayList<>(first.links());
        second.links().stream().filter(l -> !links.contains(l)).forEach(links::add);
        return new RuleOutcome(status, leading.finding(), links);
    }

    /** Stores the verdicts (of one hospital, or of all when {@code hospitalId} is null). */
    private int store(List<Verdict> verdicts, Long hospitalId, Instant now) {
        // what is stored now, as "status|mode|finding|links": a verdict that says the same again only
        // moves evaluated_at, which one statement does for all of them
        Map<String, String> current = new HashMap<>();
        org.springframework.jdbc.core.RowCallbackHandler read = rs -> current.put(rs.getLong(1) + "/" + rs.getString(2),
                stored(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
        String columns = "select hospital_id, requirement_id, status, mode, finding_text, links from compliance_statuses";
        if (hospitalId == null) {
            jdbc.query(columns, read);
        } else {
            jdbc.query(columns + " where hospital_id = ?", read, hospitalId);
        }
        Timestamp at = Timestamp.from(now);
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        for (Verdict v : verdicts) {
            String before = current.get(v.hospitalId() + "/" + v.requirementId());
            String finding = v.finding() == null ? null : texts.write(v.finding());
            String links = v.links().isEmpty() ? null : String.join("\n", v.links());
            if (before == null) {
                inserts.add(new Object[] {v.hospitalId(), v.requirementId(), v.status().name(), v.mode().name(), finding,
                        links, at, at});
                changes.add(new Object[] {v.hospitalId(), v.requirementId(), v.status().name(), at});
            } else if (!before.equals(stored(v.status().name(), v.mode().name(), finding, links))) {
                boolean changed = !before.startsWith(v.status().name() + "|");
                updates.add(new Object[] {v.status().name(), v.mode().name(), finding, links, at, changed, at,
                        v.hospitalId(), v.requirementId()});
                if (changed) {
                    changes.add(new Object[] {v.hospitalId(), v.requirementId(), v.status().name(), at});
                }
            }
        }
        if (hospitalId == null) {
            jdbc.update("update compliance_statuses set evaluated_at = ?", at);
        } else if (verdicts.size() > updates.size()) {
            jdbc.update("update compliance_statuses set evaluated_at = ? where hospital_id = ? and requirement_id in ("
                    + String.join(",", java.util.Collections.nCopies(verdicts.size(), "?")) + ")", java.util.stream.Stream
                    .concat(java.util.stream.Stream.of(at, hospitalId), verdicts.stream().map(Verdict::requirementId))
                    .toArray());
        }
        jdbc.batchUpdate("""
                insert into compliance_statuses (hospital_id, requirement_id, status, mode, finding_text, links,
                    evaluated_at, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        jdbc.batchUpdate("""
                update compliance_statuses set status = ?, mode = ?, finding_text = ?, links = ?, evaluated_at = ?,
                    changed_at = case when ? then ? else changed_at end
                where hospital_id = ? and requirement_id = ?""", updates);
        jdbc.batchUpdate("insert into compliance_history (hospital_id, requirement_id, status, at) values (?, ?, ?, ?)",
                changes);
        views.evaluated();
        return changes.size();
    }

    private static String stored(String status, String mode, String finding, String links) {
        return status + "|" + mode + "|" + finding + "|" + links;
    }

    @Configuration
    static class Schedule {
        @Bean
        RecurringTask<Void> complianceEvaluationTask(ObjectProvider<ComplianceEvaluation> evaluation,
                ComplianceProperties properties) {
            return Tasks.recurring(TASK, FixedDelay.of(properties.every())).execute((instance, context) ->
                    evaluation.getObject().evaluateAll());
        }
    }
}
