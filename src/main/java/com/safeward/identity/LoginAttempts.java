package com.safeward.identity;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.Text;

/**
 * Counts failed logins and locks the account for a while after too many (default 5 failures,
 * 15 minutes); a successful login resets the count. Every outcome is audited.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccounts accounts;
    private final SecurityProperties properties;
    private final AuditTrail audit;
    private final Clock clock;
    private final ResolvedTokens resolvedTokens;

    LoginAttempts(UserAccounts accounts, SecurityProperties properties, AuditTrail audit, Clock clock,
            ResolvedTokens resolvedTokens) {
        this.resolvedTokens = resolvedTokens;
        this.accounts = accounts;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            accounts.findById(user.id()).ifPresent(account -> {
                if (account.failedLogins() > 0 || account.lockedUntil() != null) {
                    accounts.save(account.succeededLogin(now()));
                }
                audit.recordAs(account.username(), AuditEntry.of(AuditAction.LOGIN_SUCCEEDED, "User",
                        account.id(), account.hospitalId()));
            });
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        accounts.findByUsername(username).ifPresentOrElse(account -> {
            resolvedTokens.forgetAll();
            UserAccount updated = accounts.save(account.failedLogin(properties.lockout().maxFailures(),
                    properties.lockout().duration(), now()));
            audit.recordAs(username, AuditEntry.of(AuditAction.LOGIN_FAILED, "User", account.id(),
                    account.hospitalId()));
            if (updated.lockedAt(now())) {
                log.warn("Account {} locked until {} after repeated failed logins", username, updated.lockedUntil());
                audit.recordAs(username, AuditEntry.of(AuditAction.ACCOUNT_LOCKED, "User", account.id(),
                        account.hospitalId(), Text.of("audit.user.lockedUntil", updated.lockedUntil())));
            }
        }, () -> audit.recordAs(truncated(username), AuditEntry.of(AuditAction.LOGIN_FAILED, "User", null, null,
                Text.of("audit.user.unknown"))));
    }

    @EventListener
    public void onLocked(AuthenticationFailureLockedEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        audit.recordAs(truncated(username), AuditEntry.of(AuditAction.LOGIN_FAILED, "User", null, null,
                Text.of("audit.user.locked")));
    }

    private static String truncated(String username) {
        return username.length() > 64 ? username.substring(0, 64) : username;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
