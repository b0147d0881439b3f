package com.safeward.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.security.*}: access-token lifetime, lockout after repeated failures, the
 * minimum password length, and {@code hsts-max-age}: how long a browser that reached SafeWard over
 * HTTPS must use HTTPS only (Strict-Transport-Security, subdomains included; default 0: not sent,
 * the embedded defaults serve plain HTTP; profile {@code https}, part of {@code prod}: one year).
 */
@ConfigurationProperties("safeward.security")
record SecurityProperties(Duration accessTokenTtl, Lockout lockout, Integer minPasswordLength, Duration hstsMaxAge) {

    SecurityProperties {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofHours(1) : accessTokenTtl;
        lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15)) : lockout;
        minPasswordLength = minPasswordLength == null ? 8 : minPasswordLength;
        hstsMaxAge = hstsMaxAge == null ? Duration.ZERO : hstsMaxAge;
    }

    record Lockout(int maxFailures, Duration duration) {
    }
}
