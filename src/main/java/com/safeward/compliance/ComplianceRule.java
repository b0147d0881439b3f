package com.safeward.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.safeward.organizations.HospitalFacts;

/**
 * One check of one requirement, contributed by the module that keeps the records (SUP-4): a bean
 * of this type anywhere is evaluated, with no change to the compliance module. {@link #evaluate}
 * judges all the given hospitals in one pass (a query grouped by hospital, not one per hospital)
 * and answers an outcome per hospital id; a hospital it leaves out has no data. Several rules may
 * judge one requirement: a failure of any is the requirement's failure.
 */
public interface ComplianceRule {

    /** The requirement ID of the catalog, e.g. {@code INC-6}. */
    String requirementId();

    /** Whether the rule judges this hospital at all (beyond the catalog's applicability). */
    default boolean appliesTo(HospitalFacts hospital) {
        return true;
    }

    /** The outcome per hospital id, as of {@code now}. */
    Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now);
}
