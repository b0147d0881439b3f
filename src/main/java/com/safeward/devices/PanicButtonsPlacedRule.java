package com.safeward.devices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.safeward.compliance.ComplianceRule;
import com.safeward.compliance.RuleOutcome;
import com.safeward.kernel.Text;
import com.safeward.organizations.AreaType;
import com.safeward.organizations.AreaView;
import com.safeward.organizations.HospitalFacts;
import com.safeward.organizations.OrganizationDirectory;

/**
 * INC-1 (H-2.2.5): one-button alarms in guard rooms, outpatient and emergency departments and key
 * areas — each such area has a panic button in service (enabled, not decommissioned). A hospital
 * that has registered none of these areas has nothing to judge yet.
 */
@Component
class PanicButtonsPlacedRule implements ComplianceRule {

    private static final Set<AreaType> NEED_A_BUTTON = Set.of(AreaType.GUARD_ROOM, AreaType.OUTPATIENT,
            AreaType.EMERGENCY);
    private static final int NAMED = 3;

    private final JdbcClient jdbc;
    private final OrganizationDirectory organizations;

    PanicButtonsPlacedRule(JdbcClient jdbc, OrganizationDirectory organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    @Override
    public String requirementId() {
        return "INC-1";
    }

    @Override
    public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
        List<Long> ids = hospitals.stream().map(HospitalFacts::id).toList();
        Set<Long> covered = new HashSet<>(jdbc.sql("""
                select distinct area_id from devices where hospital_id in (:h) and device_type = 'PANIC_BUTTON'
                  and enabled = true and decommissioned_at is null and area_id is not null""")
                .param("h", ids).query(Long.class).list());
        Map<Long, List<AreaView>> needing = new HashMap<>();
        for (AreaView area : organizations.areasOf(ids)) {
            if (area.keyArea() || NEED_A_BUTTON.contains(area.areaType())) {
                needing.computeIfAbsent(area.hospitalId(), h -> new ArrayList<>()).add(area);
            }
        }
        Map<Long, RuleOutcome> outcomes = new HashMap<>();
        needing.forEach((hospital, areas) -> {
            List<String> missing = areas.stream().filter(a -> !covered.contains(a.id())).map(AreaView::location).toList();
            String link = "/devices?deviceType=PANIC_BUTTON&hospitalId=" + hospital;
            outcomes.put(hospital, missing.isEmpty()
                    ? RuleOutcome.pass(Text.of("compliance.inc1.placed", areas.size()), link)
                    : RuleOutcome.fail(Text.of("compliance.inc1.missing", missing.size(), areas.size(),
                            String.join("、", missing.subList(0, Math.min(NAMED, missing.size())))), link,
                            "/areas?hospitalId=" + hospital));
        });
        return outcomes;
    }
}
