package com.safeward.identity;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.safeward.texts.PersonNames;

/**
 * People are shown by display name (保安 王师傅), never by login name: trails, notifications,
 * guard pickers. Names change seldom, so each is remembered for a minute (no transaction on a hit).
 */
@Component
class DisplayNames implements PersonNames {

    private final JdbcClient jdbc;
    private final Cache<String, Optional<String>> names = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

    DisplayNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> displayName(String username) {
        return names.get(username, name -> jdbc.sql("select display_name from users where username = :u")
                .param("u", name).query(String.class).optional());
    }
}
