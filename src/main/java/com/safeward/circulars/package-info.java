/**
 * Typical-case circulars (典型案例通报, INC-7): a health commission or political-legal committee
 * summarises a case and circulates it to every hospital of its region; the security officers and
 * leaders are told, and each hospital's reading is recorded so the issuer sees who has not read it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Typical-case circulars",
        allowedDependencies = {"audit", "compliance", "incidents", "organizations"})
package com.safeward.circulars;
