package com.safeward.identity;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import com.safeward.kernel.RateLimit;

/**
 * Issue 17, point 4: failed sign-ins (the login form and the token exchange) are limited per client
 * address and per account, on top of the account lockout: an address or an account that failed
 * {@code failures-per-address} / {@code failures-per-account} times within {@code period} may not try
 * again until the bucket refills (429 with Retry-After; the form says to wait). Successful sign-ins
 * cost nothing, so a hospital behind one address is not shut out by its own staff. Per node.
 */
@Component
class SignInLimits {

    /** {@code safeward.security.sign-in-limits.*}. */
    @ConfigurationProperties("safeward.security.sign-in-limits")
    record Settings(Integer failuresPerAddress, Integer failuresPerAccount, Duration period) {

        Settings {
            failuresPerAddress = failuresPerAddress == null ? 30 : failuresPerAddress;
            failuresPerAccount = failuresPerAccount == null ? 10 : failuresPerAccount;
            period = period == null ? Duration.ofMinutes(15) : period;
        }
    }

    private final RateLimit byAddress;
    private final RateLimit byAccount;

    SignInLimits(Settings settings) {
        this.byAddress = new RateLimit("sign-in from this address", settings.failuresPerAddress(), settings.period());
        this.byAccount = new RateLimit("sign-in to this account", settings.failuresPerAccount(), settings.period());
    }

    /** Before checking a password: refused (Throttled) when the address or the account has no try left. */
    void admit(String address, String username) {
        byAddress.requireLeft(address == null ? "" : address);
        byAccount.requireLeft(account(username));
    }

    /** A wrong password (or a locked or unknown account): one try fewer for both. */
    void failed(String address, String username) {
        byAddress.count(address == null ? "" : address);
        byAccount.count(account(username));
    }

    private static String account(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
