package com.safeward.brokeraccess;

/** Why a broker refused a client. */
enum RefusalReason {
    /** Unknown user name or wrong token (a token replaced by a new one is wrong from then on). */
    BAD_CREDENTIALS,
    /** Signed in, then its token was replaced or the device switched off: nothing more is taken. */
    REVOKED,
    /** A device publishing to another device's topic. */
    FOREIGN_TOPIC,
    /** A publish without credentials, for a hospital not in the migration grace. */
    ANONYMOUS,
    /** A subscription by anyone but the node. */
    SUBSCRIBE
}
