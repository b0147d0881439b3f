package com.safeward.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.AggregateRows;
import com.safeward.persistence.PagedQuery;

/**
 * Issues, resolves and revokes bearer tokens ({@link SecretTokens}: shown once, stored hashed).
 */
@Service
@Transactional
class TokenService {

    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final SecurityProperties properties;
    private final AuditTrail audit;
    private final Clock clock;
    private final ResolvedTokens resolvedTokens;
    private final JdbcClient jdbc;
    private final AggregateRows rows;

    TokenService(ApiTokens tokens, UserAccounts accounts, SecurityProperties properties, AuditTrail audit,
            Clock clock, ResolvedTokens resolvedTokens, JdbcClient jdbc, AggregateRows rows) {
        this.resolvedTokens = resolvedTokens;
        this.jdbc = jdbc;
        this.rows = rows;
        this.tokens = tokens;
        this.accounts = accounts;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token value shown to its owner once, and when it stops working. */
    record IssuedToken(long id, String token, Instant expiresAt) {
    }

    /** A short-lived access token for a user who just proved their password. */
    IssuedToken issueAccessToken(SignedInUser user) {
        Instant now = Instant.now(clock);
        SecretTokens.Secret secret = SecretTokens.issue("swa_");
        Instant expires = now.plus(properties.accessTokenTtl());
        ApiToken saved = tokens.save(new ApiToken(null, secret.hash(), ApiToken.Kind.ACCESS, "access", secret.hint(),
                user.id(), null, "", user.username(), now, expires, null, null, null));
        return new IssuedToken(saved.id(), secret.value(), expires);
    }

    /** An integration token for one hospital (WL-2 screening, device gateways, …). */
    IssuedToken createIntegrationToken(String name, long hospitalId, Set<Permission> permissions, Instant expiresAt,
            DataScope scope) {
        if (!scope.includes(hospitalId)) {
            throw new RuleViolation("hospitalId", "validation.hospital.unknown");
        }
        if (permissions == null || permissions.isEmpty()) {
            throw new RuleViolation("permissions", "validation.token.permissions");
        }
        Instant now = Instant.now(clock);
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new RuleViolation("expiresAt", "validation.future");
        }
        SecretTokens.Secret secret = SecretTokens.issue("swi_");
        ApiToken saved = tokens.save(new ApiToken(null, secret.hash(), ApiToken.Kind.INTEGRATION, name.trim(),
                secret.hint(), null, hospitalId, ApiToken.joined(permissions), currentUsername(), now, expiresAt, null,
                null, null));
        audit.record(new AuditEntry(AuditAction.TOKEN_ISSUED, "IntegrationToken", String.valueOf(saved.id()),
                hospitalId, Text.of("audit.token.issued", name.trim()), null, IntegrationTokenView.of(saved), null));
        return new IssuedToken(saved.id(), secret.value(), expiresAt);
    }

    /** The integration tokens of the scope's hospitals, newest first. */
    Page<IntegrationTokenView> integrationTokens(DataScope scope, Pageable pageable) {
        return scope.limit(new PagedQuery(), "hospital_id").and("kind = 'INTEGRATION'")
                .page(jdbc, "api_tokens", "created_at desc, id desc", rows.of(ApiToken.class), pageable)
                .map(IntegrationTokenView::of);
    }

    void revokeIntegrationToken(long id, DataScope scope) {
        ApiToken token = tokens.findById(id)
                .filter(t -> t.kind() == ApiToken.Kind.INTEGRATION && scope.includes(t.hospitalId()))
                .orElseThrow(() -> new NotFound("integration token", id));
        if (token.revokedAt() != null) {
            return;
        }
        tokens.save(token.revoked(currentUsername(), Instant.now(clock)));
        resolvedTokens.forgetAll();
        audit.record(AuditEntry.of(AuditAction.TOKEN_REVOKED, "IntegrationToken", id, token.hospitalId(),
                Text.of("audit.token.revoked", token.name())));
    }

    /** Revokes a user's access token (logout of an API client). */
    void revokeAccessToken(String value) {
        tokens.findByTokenHash(SecretTokens.hash(value)).filter(t -> t.kind() == ApiToken.Kind.ACCESS && t.revokedAt() == null)
                .ifPresent(t -> tokens.save(t.revoked(t.createdBy(), Instant.now(clock))));
        resolvedTokens.forgetAll();
    }

    /**
     * The authentication a bearer value stands for, if it is a live token of an active account.
     * Runs on every API request and is answered from {@link ResolvedTokens} nearly always, so it
     * joins a transaction only if there is one: no connection is taken for a cached token.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    Optional<Authentication> authenticate(String value) {
        Instant now = Instant.now(clock);
        String hash = SecretTokens.hash(value);
        ResolvedTokens.Resolved resolved = resolvedTokens.get(hash, this::resolve);
        if (resolved == null || !resolved.token().usableAt(now)) {
            return Optional.empty();
        }
        ApiToken token = resolved.token();
        if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USED_GRANULARITY).isBefore(now)) {
            ApiToken used = tokens.save(token.used(now));
            resolvedTokens.remember(hash, new ResolvedTokens.Resolved(used, resolved.authentication()));
        }
        return resolved.authentication();
    }

    private ResolvedTokens.Resolved resolve(String hash) {
        ApiToken token = tokens.findByTokenHash(hash).orElse(null);
        if (token == null) {
            return null;
        }
        if (token.kind() == ApiToken.Kind.INTEGRATION) {
            IntegrationPrincipal principal = new IntegrationPrincipal(token.id(), token.name(), token.hospitalId(),
                    token.permissionSet());
            return new ResolvedTokens.Resolved(token, Optional.of(UsernamePasswordAuthenticationToken.authenticated(
                    principal, null, principal.authorities())));
        }
        Instant now = Instant.now(clock);
        return new ResolvedTokens.Resolved(token, accounts.findById(token.userId())
                .filter(account -> account.enabled() && !account.lockedAt(now))
                .map(account -> {
                    SignedInUser user = new SignedInUser(account, false);
                    user.eraseCredentials();
                    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
                }));
    }

    private static String currentUsername() {
        return OrganizationDirectory.currentActor().map(a -> a.username()).orElse("system");
    }
}
