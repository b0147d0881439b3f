package com.safeward.notifications;

/** Who may do what with notifications and channels. */
final class NotificationAccess {

    /** Every person reads their own notifications (integrations have none). */
    static final String PEOPLE = "isAuthenticated() and !hasRole('INTEGRATION')";
    /** Channels and their delivery log: system admins (all) and hospital admins (their hospital's). */
    static final String CHANNELS = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN')";
    /** A channel for every hospital: system admins only. */
    static final String SYSTEM_WIDE_CHANNELS = "hasRole('SYSTEM_ADMIN')";

    private NotificationAccess() {
    }
}
