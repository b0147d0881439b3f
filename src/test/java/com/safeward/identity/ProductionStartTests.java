package com.safeward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.safeward.SafeWardApplication;
import com.safeward.SafeWardTest;

/**
 * Issue 17, point 5: the {@code prod} profile never runs with the demo accounts — neither with demo
 * data switched on nor on a database where a demo account still has the demo password. (Without
 * configured personal-data keys it refuses as well: {@code PersonalDataTests}.)
 */
@SafeWardTest
class ProductionStartTests {

    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;

    @Test
    void theProductionProfileRefusesToStartWithDemoData() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(SafeWardApplication.class).run("--spring.profiles.active=prod",
                "--safeward.demo.enabled=true", "--server.port=0", "--safeward.mqtt.enabled=false",
                "--spring.datasource.url=jdbc:h2:mem:prod-start-" + System.nanoTime()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--safeward.data-dir=target/prod-start-data").close())
                .hasMessageContaining("safeward.demo.enabled");
    }

    @Test
    void aDatabaseWhereADemoAccountKeepsTheDemoPasswordIsRefused() {
        // this test context is a demo: every demo account still has the demo password
        DemoAccountCheck production = new DemoAccountCheck(accounts, encoder, true, false);
        assertThatThrownBy(() -> production.run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("admin").hasMessageContaining("security2");
        // outside production the check says nothing
        new DemoAccountCheck(accounts, encoder, false, true).run(null);
        assertThat(accounts.findByUsername("admin")).isPresent();
    }
}
