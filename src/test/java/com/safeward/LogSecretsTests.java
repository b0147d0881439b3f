package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 5: tokens and passwords never appear in logs. Runs after every other test class of
 * the run ({@link TestRunLog.LogScanLast}) and reads what all their application contexts logged:
 * no API, integration or device token in full, no value after a password, secret or token label, and
 * none of the keys and passwords the run was configured with. Run alone it scans what it has (little).
 */
class LogSecretsTests {

    /** Issued tokens: prefix and 43 characters of base64url (their hints are 8 characters and an ellipsis). */
    private static final Pattern TOKEN = Pattern.compile("\\bsw[adi]_[A-Za-z0-9_-]{40,}");
    /** A labelled secret with a value (masked values, placeholders and "in <file>" pass). */
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)\\b(password|passwd|secret|api[-_]?key|access[-_]?token|bearer)\\b[\"']?\\s*[:=]?\\s*[\"']?"
                    + "(?!\\*|\\[|<|\\{|in\\b|null\\b|is\\b|must\\b|for\\b|of\\b|and\\b|or\\b|not\\b|was\\b)"
                    + "[A-Za-z0-9+/_\\-]{12,}");

    @Test
    void theRunsLogHoldsNoTokenPasswordOrKey() throws IOException {
        List<String> secrets = new ArrayList<>(List.of(
                // the test configuration's personal-data keys (config/application.properties)
                "VFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFQ=", "SEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEg="));
        String broker = System.getenv("SAFEWARD_IT_DYNSEC_PASSWORD");
        if (broker != null && !broker.isBlank()) {
            secrets.add(broker);
        }
        List<String> findings = new ArrayList<>();
        for (Path file : TestRunLog.files()) {
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                lines.forEach(line -> {
                    if (TOKEN.matcher(line).find() || LABELLED.matcher(line).find()
                            || secrets.stream().anyMatch(line::contains)) {
                        findings.add(file.getFileName() + ": " + (line.length() > 300 ? line.substring(0, 300) : line));
                    }
                });
            }
        }
        assertThat(findings).as("log lines with a secret").isEmpty();
    }

    /** The scan finds what it looks for (so an empty result means something). */
    @Test
    void theScanRecognisesSecrets() {
        assertThat(TOKEN.matcher("issued swd_" + "A".repeat(43)).find()).isTrue();
        assertThat(TOKEN.matcher("token hint swd_AbCdE…").find()).isFalse();
        assertThat(LABELLED.matcher("password: RQjNzVm3wk4GsF8g").find()).isTrue();
        assertThat(LABELLED.matcher("Using generated security password: 0be0d7a0-44eb-4e55-97c6-9eba7bcccc82").find()).isTrue();
        assertThat(LABELLED.matcher("password: in /srv/safeward/initial-admin-password (readable only by this user)").find())
                .isFalse();
        assertThat(LABELLED.matcher("BrokerCredentials[safeward-node]").find()).isFalse();
    }
}
