/**
 * Psychological care of long-term inpatients (WL-6, H-2.1.3): inpatients admitted for more than
 * N days are due a psychological assessment every M days (both per region, defaults 30 and 14);
 * due and overdue lists per ward; an assessment that finds a crisis opens an intervention with
 * follow-ups until it is closed, and security and the ward's staff are told.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Psychological care",
        allowedDependencies = {"audit", "compliance", "organizations", "personaldata", "trail"})
package com.safeward.care;
