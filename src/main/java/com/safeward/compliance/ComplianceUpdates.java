package com.safeward.compliance;

import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** SUP-4 incrementally: a change the modules announce re-evaluates one requirement of one hospital. */
@Component
class ComplianceUpdates {

    private final ComplianceEvaluation evaluation;

    ComplianceUpdates(ComplianceEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @ApplicationModuleListener
    void on(ComplianceRecordsChanged changed) {
        evaluation.evaluate(changed.hospitalId(), Set.of(changed.requirementId()));
    }
}
