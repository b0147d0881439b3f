package com.safeward.persistence;

import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.jdbc.core.dialect.DialectResolver;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.dialect.IdGeneration;
import org.springframework.data.relational.core.sql.SqlIdentifier;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Spring Data JDBC's PostgreSQL dialect, asking the driver for the id column only when a new row
 * is inserted. The stock dialect asks for "generated keys" without naming them; PostgreSQL then
 * returns the whole row, Spring Data's single-key read throws, and the key is taken from the
 * row in the exception handler: a stack trace for every insert (every alarm raised, for one).
 * SafeWard speaks one SQL dialect to both of its databases (the embedded H2 runs in PostgreSQL
 * mode), so {@link Provider} (registered in META-INF/spring.factories) chooses this dialect for
 * both.
 */
public class PostgresKeyColumnDialect extends JdbcPostgresDialect {

    static final PostgresKeyColumnDialect INSTANCE = new PostgresKeyColumnDialect();

    @Override
    public IdGeneration getIdGeneration() {
        IdGeneration stock = super.getIdGeneration();
        return new IdGeneration() {
            @Override
            public boolean driverRequiresKeyColumnNames() {
                return true;
            }

            @Override
            public String getKeyColumnName(SqlIdentifier id) {
                return stock.getKeyColumnName(id);
            }

            @Override
            public boolean supportedForBatchOperations() {
                return stock.supportedForBatchOperations();
            }

            @Override
            public boolean sequencesSupported() {
                return stock.sequencesSupported();
            }

            @Override
            public String createSequenceQuery(SqlIdentifier sequenceName) {
                return stock.createSequenceQuery(sequenceName);
            }
        };
    }

    /** Consulted before Spring Data's own detection, which would pick H2's dialect for the embedded database. */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public static class Provider implements DialectResolver.JdbcDialectProvider {

        @Override
        public Optional<Dialect> getDialect(JdbcOperations operations) {
            return Optional.of(INSTANCE);
        }
    }
}
