/**
 * Incidents (涉医案事件, INC-2 … INC-5): reported by any staff member in a few taps or escalated
 * from an alarm (keeping the link); the INC-4 lifecycle with a timestamp per step; an SOP
 * checklist per incident type where skipping a step needs a reason and notifies the security
 * department; the police call record (INC-3) and what the police of the responsible station
 * record back (arrival, scene control, disposal opinion). Other modules ask
 * {@link com.safeward.incidents.IncidentManagement} whether a disturbance is still uncontrolled (INC-5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incidents",
        allowedDependencies = {"audit", "compliance", "dispatch", "evidence", "mediaplans", "organizations", "personaldata", "trail"})
package com.safeward.incidents;
