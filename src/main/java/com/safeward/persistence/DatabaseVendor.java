package com.safeward.persistence;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which database this node runs on, for the few hot statements that have a faster PostgreSQL form
 * (one statement over arrays with {@code unnest} instead of a JDBC batch). Everything else is
 * portable SQL that runs on both H2 and PostgreSQL.
 */
@Component
public class DatabaseVendor {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    DatabaseVendor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True on PostgreSQL (asked once, on first use). */
    public boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>) connection -> "PostgreSQL".equalsIgnoreCase(
                    connection.getMetaData().getDatabaseProductName()));
            postgres = known;
        }
        return known;
    }
}
