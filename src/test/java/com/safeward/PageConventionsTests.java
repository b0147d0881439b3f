package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.safeward.organizations.Role;

/**
 * Who may do what is declared once, in each module's access class (issue 11, point 6): templates
 * ask it ({@code ${may.HANDLE}}) and never name a role themselves.
 */
// reads the sources and classes only: the integration profile (real services) leaves it out
@org.junit.jupiter.api.Tag("source-checks")
class PageConventionsTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void noTemplateDecidesByRole() throws IOException {
        List<String> roleChecks = new ArrayList<>();
        Pattern roleName = Pattern.compile("'(" + String.join("|", java.util.Arrays.stream(Role.values()).map(Enum::name)
                .toList()) + ")'|role\\.name\\(\\)|hasRole|hasAnyRole");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher found = roleName.matcher(lines.get(i));
                    if (found.find()) {
                        roleChecks.add(TEMPLATES.relativize(file) + ":" + (i + 1) + " " + found.group());
                    }
                }
            }
        }
        assertThat(roleChecks).as("templates ask the access class (may.X) instead").isEmpty();
    }
}
