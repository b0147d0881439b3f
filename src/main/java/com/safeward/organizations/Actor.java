package com.safeward.organizations;

/**
 * Whoever is making the request: a signed-in user or an integration. The identity module's
 * principals implement it; this module turns it into a {@link DataScope}.
 */
public interface Actor {

    String username();

    String displayName();

    Role role();

    /** Set when {@code role().affiliation()} is HOSPITAL. */
    Long hospitalId();

    /** Set when {@code role().affiliation()} is POLICE_STATION. */
    Long policeStationId();

    /** Set when {@code role().affiliation()} is REGION. */
    Long regionId();

    /** The department a hospital's staff member works in, if the account names one (pickers put its places first). */
    default Long departmentId() {
        return null;
    }
}
