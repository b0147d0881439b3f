package com.safeward.organizations;

/** What a role is attached to, which decides the holder's data scope. */
public enum Affiliation {
    /** The whole system (system administrator). */
    SYSTEM,
    /** One hospital: its staff see that hospital only. */
    HOSPITAL,
    /** One police station: sees the hospitals assigned to it. */
    POLICE_STATION,
    /** One region: sees every hospital of the region and the regions below it. */
    REGION
}
