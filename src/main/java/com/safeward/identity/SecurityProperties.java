package com.safeward.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.security.*}: access-token lifetime, lockout after repeated failures, and the
 * minimum password length.
 */
@ConfigurationProperties("safeward.security")
record SecurityProperties(Duration accessTokenTtl, Lockout lockout, Integer minPasswordLength) {

    SecurityProperties {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofHours(1) : accessTokenTtl;
        lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15)) : lockout;
        minPasswordLength = minPasswordLength == null ? 8 : minPasswordLength;
    }

    record Lockout(int maxFailures, Duration duration) {
    }
}
