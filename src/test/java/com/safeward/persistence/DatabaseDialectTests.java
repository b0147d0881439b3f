package com.safeward.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;

import com.safeward.SafeWardTest;

/**
 * Spring Data speaks PostgreSQL to both databases and asks for the id column only when it inserts
 * a row (on PostgreSQL the stock dialect gets the whole row back and an exception per insert).
 */
@SafeWardTest
class DatabaseDialectTests {

    @Autowired JdbcDialect dialect;

    @Test
    void insertsAskForTheIdColumnOnly() {
        assertThat(dialect).as(dialect.getClass().getName()).isInstanceOf(PostgresKeyColumnDialect.class);
        assertThat(dialect.getIdGeneration().driverRequiresKeyColumnNames()).isTrue();
    }
}
