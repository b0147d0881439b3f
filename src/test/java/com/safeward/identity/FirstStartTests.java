package com.safeward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Outside demo mode the first start creates only {@code admin}, with a random password printed
 * once. Runs on its own empty in-memory database in every profile: a first start needs one.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"safeward.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:first-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "safeward.mqtt.enabled=false"})
class FirstStartTests {

    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;

    @Test
    void createsOnlyTheAdministratorWithAPasswordPrintedOnce(CapturedOutput output) {
        assertThat(accounts.findAll()).extracting(UserAccount::username).containsExactly("admin");
        Matcher printed = Pattern.compile("password: (\\S{16})").matcher(output.getOut());
        assertThat(printed.find()).as("the password is printed").isTrue();
        String password = printed.group(1);
        assertThat(encoder.matches(password, accounts.findByUsername("admin").orElseThrow().passwordHash())).isTrue();
        assertThat(printed.find()).as("printed only once").isFalse();
        assertThat(output.getOut()).contains("SafeWard is running at http://localhost:")
                .doesNotContain("demo mode");
    }
}
