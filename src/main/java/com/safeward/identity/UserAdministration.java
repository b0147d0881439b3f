package com.safeward.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.Actor;
import com.safeward.organizations.Affiliation;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;
import com.safeward.persistence.AggregateRows;
import com.safeward.persistence.PagedQuery;
import com.safeward.persistence.SortableFields;

/**
 * Account administration. A system admin manages every account; a hospital admin manages the
 * accounts of their own hospital, with hospital roles only. Every change is audited.
 */
@Service
@Transactional
class UserAdministration {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final OrganizationDirectory directory;
    private final SecurityProperties properties;
    private final AuditTrail audit;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final AggregateRows rows;
    private final ResolvedTokens resolvedTokens;
    private final InitialPassword initialPassword;

    UserAdministration(UserAccounts accounts, PasswordEncoder encoder, OrganizationDirectory directory,
            SecurityProperties properties, AuditTrail audit, Clock clock, JdbcClient jdbc, AggregateRows rows,
            ResolvedTokens resolvedTokens, InitialPassword initialPassword) {
        this.initialPassword = initialPassword;
        this.resolvedTokens = resolvedTokens;
        this.jdbc = jdbc;
        this.rows = rows;
        this.accounts = accounts;
        this.encoder = encoder;
        this.directory = directory;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    static final SortableFields SORT = SortableFields.of(Sort.by("username"), "username", "displayName", "role",
            "updatedAt");

    /** Accounts the admin manages; {@code q} searches username and display name. */
    @Transactional(readOnly = true)
    Page<UserView> list(Actor admin, String q, Pageable pageable) {
        PagedQuery query = new PagedQuery().containing(q, "username", "display_name");
        if (admin.role() != Role.SYSTEM_ADMIN) {
            query.and("hospital_id = :hospital", "hospital", admin.hospitalId() == null ? -1L : admin.hospitalId());
        }
        return query.page(jdbc, "users", SORT, rows.of(UserAccount.class), pageable).map(this::view);
    }

    @Transactional(readOnly = true)
    UserView get(Actor admin, long id) {
        return view(managed(admin, id));
    }

    @Transactional(readOnly = true)
    UserForm form(Actor admin, long id) {
        return UserForm.of(managed(admin, id));
    }

    UserView create(Actor admin, UserForm form) {
        String username = form.username.trim();
        if (accounts.existsByUsername(username)) {
            throw new RuleViolation("username", "validation.username.taken", username);
        }
        checkPassword(form.password, username, "password");
        checkAffiliation(admin, form);
        UserAccount saved = accounts.save(UserAccount.create(username, form.displayName.trim(),
                encoder.encode(form.password), form.role, form.hospitalId, form.policeStationId, form.regionId, form.departmentId,
                now()));
        UserView view = view(saved);
        audit.record(AuditEntry.created("User", saved.id(), saved.hospitalId(), view));
        return view;
    }

    UserView update(Actor admin, long id, UserForm form) {
        UserAccount account = managed(admin, id);
        checkAffiliation(admin, form);
        UserView before = view(account);
        UserAccount changed = account.edited(form.displayName.trim(), form.role, form.hospitalId,
                form.policeStationId, form.regionId, form.departmentId, form.enabled, now());
        if (form.password != null && !form.password.isBlank()) {
            checkPassword(form.password, account.username(), "password");
            changed = changed.withPassword(encoder.encode(form.password), now());
        }
        resolvedTokens.forgetAll(); // bearer tokens of a changed account are resolved again
        UserView after = view(accounts.save(changed));
        audit.record(AuditEntry.updated("User", id, account.hospitalId(), before, after));
        return after;
    }

    UserView unlock(Actor admin, long id) {
        UserAccount account = managed(admin, id);
        resolvedTokens.forgetAll(); // bearer tokens of a changed account are resolved again
        UserView after = view(accounts.save(account.unlocked(now())));
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "User", id, account.hospitalId(), Text.of("audit.user.unlocked")));
        return after;
    }

    /** A user changing their own password proves the current one first. */
    void changeOwnPassword(long userId, PasswordChange change) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFound("user", userId));
        if (!encoder.matches(change.currentPassword, account.passwordHash())) {
            throw new RuleViolation("currentPassword", "validation.password.wrong");
        }
        if (!change.newPassword.equals(change.confirmPassword)) {
            throw new RuleViolation("confirmPassword", "validation.password.mismatch");
        }
        if (change.newPassword.equals(change.currentPassword)) {
            throw new RuleViolation("newPassword", "validation.password.same");
        }
        checkPassword(change.newPassword, account.username(), "newPassword");
        resolvedTokens.forgetAll(); // bearer tokens of a changed account are resolved again
        accounts.save(account.withPassword(encoder.encode(change.newPassword), now()));
        audit.record(AuditEntry.of(AuditAction.PASSWORD_CHANGED, "User", userId, account.hospitalId()));
        if ("admin".equals(account.username())) {
            initialPassword.forget();
        }
    }

    private void checkPassword(String password, String username, String field) {
        if (password == null || password.length() < properties.minPasswordLength()) {
            throw new RuleViolation(field, "validation.password.short", properties.minPasswordLength());
        }
        if (password.equalsIgnoreCase(username)) {
            throw new RuleViolation(field, "validation.password.username");
        }
    }

    /** The role decides which affiliation is required; a hospital admin stays inside their hospital. */
    private void checkAffiliation(Actor admin, UserForm form) {
        if (!form.role.assignableToPeople()) {
            throw new RuleViolation("role", "validation.role.notAssignable");
        }
        boolean systemAdmin = admin.role() == Role.SYSTEM_ADMIN;
        if (!systemAdmin && (form.role.affiliation() != Affiliation.HOSPITAL)) {
            throw new RuleViolation("role", "validation.role.notAssignable");
        }
        Affiliation affiliation = form.role.affiliation();
        form.hospitalId = affiliation == Affiliation.HOSPITAL ? form.hospitalId : null;
        form.policeStationId = affiliation == Affiliation.POLICE_STATION ? form.policeStationId : null;
        form.regionId = affiliation == Affiliation.REGION ? form.regionId : null;
        form.departmentId = affiliation == Affiliation.HOSPITAL ? form.departmentId : null;
        switch (affiliation) {
            case HOSPITAL -> {
                if (!systemAdmin) {
                    form.hospitalId = admin.hospitalId();
                }
                if (form.hospitalId == null || !directory.hospitalExists(form.hospitalId)) {
                    throw new RuleViolation("hospitalId", "validation.hospital.unknown");
                }
                if (form.departmentId != null && directory.department(form.hospitalId, form.departmentId).isEmpty()) {
                    throw new RuleViolation("departmentId", "validation.department.unknown");
                }
            }
            case POLICE_STATION -> {
                if (form.policeStationId == null || !directory.policeStationExists(form.policeStationId)) {
                    throw new RuleViolation("policeStationId", "validation.policeStation.unknown");
                }
            }
            case REGION -> {
                if (form.regionId == null || !directory.regionExists(form.regionId)) {
                    throw new RuleViolation("regionId", "validation.region.unknown");
                }
            }
            case SYSTEM -> {
            }
        }
    }

    private UserAccount managed(Actor admin, long id) {
        return accounts.findById(id).filter(a -> manages(admin, a)).orElseThrow(() -> new NotFound("user", id));
    }

    private static boolean manages(Actor admin, UserAccount account) {
        if (admin.role() == Role.SYSTEM_ADMIN) {
            return true;
        }
        return admin.role() == Role.HOSPITAL_ADMIN && admin.hospitalId() != null
                && admin.hospitalId().equals(account.hospitalId());
    }

    private UserView view(UserAccount a) {
        String affiliation = switch (a.role().affiliation()) {
            case HOSPITAL -> a.hospitalId() == null ? null : directory.hospitalLabel(a.hospitalId()).orElse(null);
            case POLICE_STATION -> a.policeStationId() == null ? null
                    : directory.policeStationName(a.policeStationId()).orElse(null);
            case REGION -> a.regionId() == null ? null : directory.regionName(a.regionId()).orElse(null);
            case SYSTEM -> null;
        };
        return new UserView(a.id(), a.username(), a.displayName(), a.role(), a.hospitalId(), a.policeStationId(),
                a.regionId(), affiliation, a.enabled(), a.lockedAt(now()), a.lockedUntil(), a.passwordChangedAt(),
                a.createdAt(), a.updatedAt());
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
