package com.safeward.identity;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Outside demo mode the first start creates only {@code admin}, with a random password handed over in
 * a file only the node's user can read, never in the log (issue 17, point 5), deleted once the
 * administrator changes it. Runs on its own empty in-memory database in every profile: a first
 * start needs one.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"safeward.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:first-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "safeward.mqtt.enabled=false", "safeward.data-dir=target/first-start-data"})
class FirstStartTests {

    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;

    @Autowired UserAdministration administration;

    @Test
    void createsOnlyTheAdministratorWithAPasswordHandedOverInAFileNeverInTheLog(CapturedOutput output) throws Exception {
        assertThat(accounts.findAll()).extracting(UserAccount::username).containsExactly("admin");
        java.nio.file.Path file = java.nio.file.Path.of("target/first-start-data/initial-admin-password");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        String password = java.nio.file.Files.readString(file).trim();
        assertThat(password).hasSize(16);
        UserAccount admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
        assertThat(output.getOut()).doesNotContain(password).contains(file.toAbsolutePath().toString())
                .contains("SafeWard is running at http://localhost:").doesNotContain("demo mode");

        PasswordChange change = new PasswordChange();
        change.currentPassword = password;
        change.newPassword = "a-new-Passw0rd-of-mine";
        change.confirmPassword = change.newPassword;
        administration.changeOwnPassword(admin.id(), change);
        assertThat(file).doesNotExist();
    }
}
