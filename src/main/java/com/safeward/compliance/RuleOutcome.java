package com.safeward.compliance;

import java.util.List;

import com.safeward.kernel.Text;

/**
 * What a rule found at one hospital (SUP-4): the status, the finding in words (with its figures:
 * "2 of 5 reports late"), and links to the records behind it (the list a person opens to see them).
 */
public record RuleOutcome(ComplianceStatus status, Text finding, List<String> links) {

    public RuleOutcome {
        links = links == null ? List.of() : List.copyOf(links);
    }

    public static RuleOutcome pass(Text finding, String... links) {
        return new RuleOutcome(ComplianceStatus.PASS, finding, List.of(links));
    }

    public static RuleOutcome fail(Text finding, String... links) {
        return new RuleOutcome(ComplianceStatus.FAIL, finding, List.of(links));
    }

    public static RuleOutcome noData(Text finding, String... links) {
        return new RuleOutcome(ComplianceStatus.NO_DATA, finding, List.of(links));
    }
}
