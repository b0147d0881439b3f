package com.safeward.testrules;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.safeward.compliance.ComplianceRule;
import com.safeward.compliance.RuleOutcome;
import com.safeward.kernel.Text;
import com.safeward.organizations.HospitalFacts;

/**
 * A rule that lives outside the compliance module, as every module's rules do (PER-3 is not
 * covered by the product yet): registered as a bean, it is evaluated with no change to the
 * compliance module. Here: hospitals with a code ending in 1 have filed, the others have not.
 */
public class StaffingFiledRule implements ComplianceRule {

    @Override
    public String requirementId() {
        return "PER-3";
    }

    @Override
    public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
        Map<Long, RuleOutcome> outcomes = new HashMap<>();
        for (HospitalFacts hospital : hospitals) {
            outcomes.put(hospital.id(), hospital.code().endsWith("1")
                    ? RuleOutcome.pass(Text.of("compliance.inspection.compliant"))
                    : RuleOutcome.fail(Text.of("compliance.inspection.finding"), "/hospitals/" + hospital.id()));
        }
        return outcomes;
    }
}
