package com.safeward.compliance;

import java.util.List;

/**
 * Rules that exist only as data (SUP-2 by inspection: one rule per requirement ID that checklist
 * items cite): asked again at every evaluation, so a new checklist item counts without a restart.
 */
public interface ComplianceRuleSource {

    List<ComplianceRule> rules();
}
