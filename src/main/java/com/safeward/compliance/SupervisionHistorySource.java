package com.safeward.compliance;

import java.util.List;

/**
 * Records of other modules that belong to a hospital's supervision history (SUP-3): the module
 * that keeps them implements this, as modules contribute compliance rules.
 */
public interface SupervisionHistorySource {

    /** The hospital's entries, any order. */
    List<SupervisionEntry> entriesOf(long hospitalId);
}
