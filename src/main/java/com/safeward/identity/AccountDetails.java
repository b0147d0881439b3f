package com.safeward.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for password authentication; a locked account reports itself locked until its time passes. */
@Component
class AccountDetails implements UserDetailsService {

    private final UserAccounts accounts;
    private final Clock clock;

    AccountDetails(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return new SignedInUser(account, account.lockedAt(Instant.now(clock)));
    }
}
