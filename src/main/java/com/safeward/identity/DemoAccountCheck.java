package com.safeward.identity;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Issue 17, point 5: with {@code safeward.security.refuse-demo-accounts} (the {@code prod} profile) the
 * node refuses to start while demo data is switched on or any enabled account a demo start created
 * still has the demo password (a database that was once a demo). Runs before the demo seeding.
 */
@Component
@Order(10)
class DemoAccountCheck implements ApplicationRunner {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final boolean refuse;
    private final boolean demo;

    DemoAccountCheck(UserAccounts accounts, PasswordEncoder encoder,
            @Value("${safeward.security.refuse-demo-accounts:false}") boolean refuse,
            @Value("${safeward.demo.enabled:false}") boolean demo) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.refuse = refuse;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!refuse) {
            return;
        }
        if (demo) {
            throw new IllegalStateException("safeward.demo.enabled is on in a production profile: demo data and "
                    + "demo accounts are never for production");
        }
        List<String> withDemoPassword = DemoAccounts.USERNAMES.stream()
                .filter(name -> accounts.findByUsername(name)
                        .filter(account -> account.enabled() && encoder.matches(DemoAccounts.PASSWORD, account.passwordHash()))
                        .isPresent())
                .toList();
        if (!withDemoPassword.isEmpty()) {
            throw new IllegalStateException("Accounts still have the demo password: " + String.join(", ", withDemoPassword)
                    + ". Change or disable them (an administrator's user page) before starting in production.");
        }
    }
}
