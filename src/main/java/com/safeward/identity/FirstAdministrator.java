package com.safeward.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.Text;
import com.safeward.organizations.Role;

/**
 * Outside demo mode, the first start creates the only account, {@code admin}, with a random
 * password handed over in a file only the node's user can read (never in the log: issue 17).
 * Also prints where SafeWard is listening.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean demo;
    private final InitialPassword initialPassword;
    private int port;

    FirstAdministrator(UserAccounts accounts, PasswordEncoder encoder, AuditTrail audit,
            TransactionTemplate transactions, Clock clock, @Value("${safeward.demo.enabled:false}") boolean demo,
            InitialPassword initialPassword) {
        this.initialPassword = initialPassword;
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.demo = demo;
    }

    @EventListener
    void onWebServer(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void ensureAdministrator() {
        if (!demo && accounts.count() == 0) {
            String password = randomPassword();
            transactions.executeWithoutResult(tx -> {
                UserAccount admin = accounts.save(UserAccount.create("admin", "系统管理员", encoder.encode(password),
                        Role.SYSTEM_ADMIN, null, null, null, null, Instant.now(clock)));
                audit.record(AuditEntry.of(com.safeward.audit.AuditAction.CREATED, "User", admin.id(), null,
                        Text.of("audit.user.firstAdministrator")));
            });
            java.nio.file.Path where = initialPassword.write(password);
            log.warn("""

                    ==========================================================================
                      First start: created the administrator account.
                        username: admin
                        password: in {} (readable only by this user)
                      Sign in and change it now; the file is deleted when you do.
                    ==========================================================================""", where);
        }
        if (port > 0) {
            log.info("SafeWard is running at http://localhost:{}/ {}", port,
                    demo ? "(demo mode: sign in as admin, security, operator, county …; the demo password is in the README)"
                            : "(sign in as admin)");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
