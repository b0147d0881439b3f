/**
 * Medical disputes and what surrounds them (DSP): so far the risk prompt letters (风险提示函, DSP-6)
 * a superior authority sends about a hospital — logged, read and confirmed by its leaders, answered
 * with measures, closed before the deadline, with a compliance rule on closing them on time.
 * Complaints and disputes themselves come next (issue 16).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints and medical disputes",
        allowedDependencies = {"audit", "compliance", "organizations"})
package com.safeward.disputes;
