package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import com.safeward.personaldata.ChineseIdNumber;

/**
 * WL-7: after a person is listed, screened at registration, registered as a ward visitor and
 * revealed once, neither the database file nor the log holds their ID number, phone number or
 * name in plain text (only ciphers, keyed hashes and masks).
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataAtRestTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDatabaseFileAndTheLogHoldNoPlainIdentity(CapturedOutput output) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "pii-");
        String first17 = "410102198203150" + String.format("%02d", System.nanoTime() % 100);
        String idNumber = first17 + ChineseIdNumber.checkCharacter(first17);
        String phone = "13912345678";
        String name = "欧阳明远";
        ConfigurableApplicationContext node = new SpringApplicationBuilder(SafeWardApplication.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("safeward")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--safeward.data-dir=" + dir);
        try {
            String base = "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
            String security = token(base, "security");
            String listing = post(base + "/api/v1/watchlist", security, Json.object("documentType", "RESIDENT_ID",
                    "documentNumber", idNumber, "name", name, "phone", phone, "category", "REPEATED_HARASSMENT", "reasons", "多次到医院无理缠闹", "riskLevel", "MEDIUM", "validUntil", String.valueOf(LocalDate.now().plusYears(1))));
            long id = ((Number) JsonPath.read(listing, "$.id")).longValue();
            post(base + "/api/v1/watchlist/" + id + "/review", security, Json.object("approve", true));
            long hospital = node.getBean(com.safeward.organizations.OrganizationDirectory.class).hospitalIdByCode("H001")
                    .orElseThrow();
            String his = JsonPath.read(post(base + "/api/v1/integration-tokens", token(base, "admin"),
                    Json.object("name", "HIS", "hospitalId", hospital,
                            "permissions", Json.array("SCREENING_SUBMIT"))), "$.token");
            String answer = post(base + "/api/v1/screenings", his, Json.object("context", "REGISTRATION",
                    "person", Json.map("documentType", "RESIDENT_ID", "documentNumber", idNumber, "name", name,
                    "phone", phone), "department", "ED"));
            assertThat((String) JsonPath.read(answer, "$.outcome")).isEqualTo("EXACT");
            String revealed = post(base + "/api/v1/watchlist/" + id + "/reveal", security, Json.object("reason", "核对身份"));
            assertThat((String) JsonPath.read(revealed, "$.documentNumber")).isEqualTo(idNumber);
        } finally {
            node.close(); // H2 writes everything to the file when it closes
        }

        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().startsWith("safeward")).toList();
        }
        assertThat(files).as("the H2 database file").isNotEmpty();
        assertThat(files.stream().anyMatch(file -> {
            try {
                byte[] content = Files.readAllBytes(file);
                return indexOf(content, "REPEATED_HARASSMENT".getBytes(StandardCharsets.US_ASCII)) >= 0
                        && indexOf(content, h2Chars("多次到医院无理缠闹")) >= 0;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).as("the scan finds what is stored in plain (the listing's category and reasons)").isTrue();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            for (String secret : List.of(idNumber, phone, name)) {
                assertThat(indexOf(content, secret.getBytes(StandardCharsets.UTF_8))).as(secret + " in " + file).isNegative();
                assertThat(indexOf(content, secret.getBytes(StandardCharsets.UTF_16BE))).as(secret + " in " + file).isNegative();
                assertThat(indexOf(content, h2Chars(secret))).as(secret + " in " + file).isNegative();
            }
        }
        assertThat(output.getAll()).doesNotContain(idNumber).doesNotContain(phone).doesNotContain(name);
    }

    /** How H2's MVStore writes a string: UTF-8-like lead bytes, continuation bytes without the high bit. */
    private static byte[] h2Chars(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            } else {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private String token(String base, String user) throws Exception {
        return JsonPath.read(post(base + "/api/v1/auth/token", null, Json.object("username", user,
                "password", "demo")),
                "$.accessToken");
    }

    private String post(String url, String bearer, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + " " + response.body()).isLessThan(300);
        return response.body();
    }
}
