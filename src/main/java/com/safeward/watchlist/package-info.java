/**
 * High-risk persons and real-name screening (WL-1 … WL-5, WL-7): a reviewed registry of
 * high-risk persons with sealed identities; screening of appointments, registrations,
 * admissions and ward visitors (the HIS API and the front-desk check-in page) by exact document
 * and by name variant with the same birth date or phone; alerts to security and the department's
 * staff; escort or close-watch tasks for guards, police reports, warnings; sharing with the
 * police and, by regional policy, with the other hospitals of the county or city.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Watchlist",
        allowedDependencies = {"audit", "compliance", "dispatch", "evidence", "incidents", "organizations", "personaldata", "trail"})
package com.safeward.watchlist;
