package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.safeward.audit.AuditAction;
import com.safeward.identity.Permission;
import com.safeward.organizations.AreaType;
import com.safeward.organizations.DepartmentKind;
import com.safeward.organizations.GradeClass;
import com.safeward.organizations.HospitalCategory;
import com.safeward.organizations.HospitalGrade;
import com.safeward.organizations.RegionLevel;
import com.safeward.organizations.Role;

/** Chinese and English texts stay in step, and every text a page or enum needs exists. */
class TranslationTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> zh = load("messages_zh_CN.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(en)).as("keys only in Chinese: add them to messages_en")
                .containsAll(zh);
        assertThat(new TreeSet<>(zh)).as("keys only in English: add them to messages_zh_CN")
                .containsAll(en);
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> keys = load("messages_zh_CN.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void everyEnumShownToUsersHasALabel() throws IOException {
        Set<String> keys = load("messages_zh_CN.properties").stringPropertyNames();
        Set<String> needed = new HashSet<>();
        for (Class<? extends Enum<?>> type : java.util.List.<Class<? extends Enum<?>>>of(Role.class,
                RegionLevel.class, HospitalGrade.class, GradeClass.class, HospitalCategory.class,
                DepartmentKind.class, AreaType.class, Permission.class, AuditAction.class,
                com.safeward.devices.DeviceType.class, com.safeward.alarms.AlarmType.class,
                com.safeward.dispatch.GuardTaskKind.class, com.safeward.incidents.IncidentType.class,
                com.safeward.incidents.IncidentStatus.class, com.safeward.reports.Recipient.class,
                com.safeward.incidents.IncidentPersonRole.class, com.safeward.personaldata.DocumentType.class,
                com.safeward.notifications.ChannelKind.class, com.safeward.watchlist.RiskCategory.class,
                com.safeward.watchlist.RiskLevel.class, com.safeward.watchlist.ListingStatus.class,
                com.safeward.watchlist.ScreeningContext.class, com.safeward.watchlist.ScreeningOutcome.class,
                com.safeward.watchlist.MatchReason.class, com.safeward.watchlist.MatchAction.class,
                com.safeward.care.CareStatus.class, com.safeward.care.AssessmentResult.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                needed.add(type.getSimpleName() + "." + constant.name());
            }
        }
        for (com.safeward.alarms.AlarmType.Severity severity : com.safeward.alarms.AlarmType.Severity.values()) {
            needed.add("Severity." + severity.name());
        }
        assertThat(keys).containsAll(needed);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationTests.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
