package com.safeward.watchlist;

/** Who may do what with the watchlist; always within the caller's data scope. */
final class WatchlistAccess {

    /** WL-1: security and complaints staff propose listings and delistings. */
    static final String PROPOSE = "hasAnyRole('SECURITY_OFFICER','COMPLAINTS_OFFICER')";
    /** WL-7: the security officer reviews listings, delistings and renewals. */
    static final String REVIEW = "hasRole('SECURITY_OFFICER')";
    /** Reading listings (masked): hospital security, complaints, leaders; police; regulators. */
    static final String READ = "hasAnyRole('SECURITY_OFFICER','COMPLAINTS_OFFICER','MONITORING_OPERATOR',"
            + "'HOSPITAL_LEADER','SYSTEM_ADMIN','POLICE','REGULATOR')";
    /** Full identities, with a reason (audited): the security officer and the police. */
    static final String REVEAL = "hasAnyRole('SECURITY_OFFICER','POLICE')";
    /** WL-1: evidence files of a listing, downloaded (audited) by security, complaints staff and the police. */
    static final String DOWNLOAD_EVIDENCE = "hasAnyRole('SECURITY_OFFICER','COMPLAINTS_OFFICER','POLICE')";
    /** WL-5: export for the police platform (audited). */
    static final String EXPORT = "hasAnyRole('POLICE','SECURITY_OFFICER')";

    /** Screening results with matches: security, the monitoring center, leaders, police, regulators. */
    static final String READ_SCREENINGS = "hasAnyRole('SECURITY_OFFICER','MONITORING_OPERATOR','HOSPITAL_LEADER',"
            + "'SYSTEM_ADMIN','POLICE','REGULATOR')";
    /** WL-3: acting on a match: security and the monitoring center. */
    static final String ACT_ON_MATCH = "hasAnyRole('SECURITY_OFFICER','MONITORING_OPERATOR')";
    /** The screening API: an integration token with SCREENING_SUBMIT (hospital information systems). */
    static final String SCREEN = "hasAuthority('PERM_SCREENING_SUBMIT')";
    /** Whose home shows listings to review and matches to act on (WL-3, WL-7). */
    static final String HOME = "hasAnyRole('SECURITY_OFFICER','MONITORING_OPERATOR','COMPLAINTS_OFFICER','HOSPITAL_LEADER')";

    private WatchlistAccess() {
    }
}
