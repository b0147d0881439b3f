package com.safeward.mediaplans;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.safeward.compliance.ComplianceRule;
import com.safeward.compliance.RuleOutcome;
import com.safeward.kernel.Text;
import com.safeward.organizations.HospitalFacts;

/** INC-8 (H-2.3.2): the hospital keeps an information release plan with a designated media contact. */
@Component
class MediaPlanRule implements ComplianceRule {

    private final JdbcClient jdbc;

    MediaPlanRule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String requirementId() {
        return "INC-8";
    }

    @Override
    public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
        Set<Long> with = Set.copyOf(jdbc.sql("select hospital_id from media_plans where hospital_id in (:h)")
                .param("h", hospitals.stream().map(HospitalFacts::id).toList()).query(Long.class).list());
        Map<Long, RuleOutcome> outcomes = new HashMap<>();
        for (HospitalFacts hospital : hospitals) {
            String link = "/media-plans/" + hospital.id();
            outcomes.put(hospital.id(), with.contains(hospital.id())
                    ? RuleOutcome.pass(Text.of("compliance.inc8.plan"), link)
                    : RuleOutcome.fail(Text.of("compliance.inc8.noPlan"), link));
        }
        return outcomes;
    }
}
