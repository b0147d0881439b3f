package com.safeward.audit;

import java.util.Set;

/**
 * Which hospitals' entries the current user may search. Implemented by the module that knows
 * the data scope (organizations), so the audit module depends on nothing.
 */
public interface AuditVisibility {

    /** {@code true} for a system administrator: every entry, including ones of no hospital. */
    boolean seesEverything();

    /** The hospitals whose entries the current user may see; empty when none. */
    Set<Long> visibleHospitals();
}
