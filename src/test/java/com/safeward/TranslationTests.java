package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.type.filter.AssignableTypeFilter;

import com.safeward.kernel.Text;

/** Chinese and English texts stay in step, and every text a page or enum needs exists. */
// reads the sources and classes only: the integration profile (real services) leaves it out
@org.junit.jupiter.api.Tag("source-checks")
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

    /**
     * Enums people never read: decisions and states inside a module, configuration, wire formats. Every
     * other enum of SafeWard is shown somewhere and needs a label in both languages.
     */
    private static final Set<String> NOT_SHOWN = Set.of(
            "com.safeward.alarms.AlarmFollowUpPolicy$Action", "com.safeward.alarms.AlarmHandling$State",
            "com.safeward.organizations.Affiliation", "com.safeward.ingest.DeviceEventType",
            "com.safeward.ingest.DeviceEventIntake$Outcome", "com.safeward.ingest.Transport",
            "com.safeward.evidence.EvidenceType", "com.safeward.identity.ApiToken$Kind",
            "com.safeward.personaldata.PersonalDataKind", "com.safeward.watchlist.WatchlistProperties$Reach",
            "com.safeward.reports.EscalationReports$State", "com.safeward.reports.ReportingProperties$Trigger",
            "com.safeward.alarms.AlarmViewer$Kind");

    /** Literal message keys in the code: texts, rule violations, navigation. */
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:Text\\.of|NavigationItem\\.(?:of|forAll)|texts\\.message|say)\\(\\s*\"([a-zA-Z][\\w.-]*)\"(\\s*\\+)?"
                    + "|new RuleViolation\\([^,;]+,\\s*\"([a-zA-Z][\\w.-]*)\"(\\s*\\+)?");
    /** The entity types of audit entries and personal-data views, each shown as {@code entity.<type>}. */
    private static final Pattern AUDITED_TYPE = Pattern.compile(
            "AuditEntry\\.(?:of|created|updated)\\(\\s*(?:(?:com\\.safeward\\.audit\\.)?AuditAction\\.\\w+,\\s*)?\"(\\w+)\""
                    + "|new AuditEntry\\(\\s*AuditAction\\.\\w+,\\s*\"(\\w+)\"|reveal\\([^,;]+,\\s*\"(\\w+)\"|AUDITED = \"(\\w+)\"");
    private static final Pattern RECORD_TYPE = Pattern.compile("RecordRef\\.of\\(\"([A-Z_]+)\"");

    @Test
    void everyEnumPeopleReadRendersInBothLanguages() throws Exception {
        MessageSource messages = messages();
        List<Class<?>> enums = enumsOfSafeWard();
        assertThat(enums).as("enums found").hasSizeGreaterThan(30);
        List<String> missing = new ArrayList<>();
        for (Class<?> type : enums) {
            if (NOT_SHOWN.contains(type.getName())) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                Text label = Text.of((Enum<?>) constant);
                String zh = messages.getMessage(label.key(), null, null, Locale.SIMPLIFIED_CHINESE);
                String en = messages.getMessage(label.key(), null, null, Locale.ENGLISH);
                if (zh == null || zh.isBlank() || !CJK.matcher(zh).find()) {
                    missing.add(label.key() + " (zh: " + zh + ")");
                }
                if (en == null || en.isBlank() || CJK.matcher(en).find()) {
                    missing.add(label.key() + " (en: " + en + ")");
                }
            }
        }
        assertThat(missing).as("enum constants without a label in both languages").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> keys = load("messages_zh_CN.properties").stringPropertyNames();
        Set<String> exact = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher m = CODE_KEY.matcher(code);
                while (m.find()) {
                    if (m.group(3) != null) {
                        (m.group(4) != null ? prefixes : exact).add(m.group(3));
                    } else if (m.group(2) != null) {
                        prefixes.add(m.group(1));
                    } else {
                        exact.add(m.group(1));
                    }
                }
                Matcher audited = AUDITED_TYPE.matcher(code);
                while (audited.find()) {
                    for (int g = 1; g <= audited.groupCount(); g++) {
                        if (audited.group(g) != null) {
                            exact.add("entity." + audited.group(g));
                        }
                    }
                }
                Matcher record = RECORD_TYPE.matcher(code);
                while (record.find()) {
                    exact.add("recordType." + record.group(1));
                }
            }
        }
        assertThat(exact).as("keys found in the code").hasSizeGreaterThan(100)
                .contains("entity.Incident", "recordType.INCIDENT", "audit.statusChange");
        assertThat(keys).as("message keys the code names").containsAll(exact);
        for (String prefix : prefixes) {
            assertThat(keys).as("messages starting with " + prefix).anyMatch(k -> k.startsWith(prefix));
        }
    }

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    private static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** Every enum in SafeWard's main code (not the tests'). */
    private static List<Class<?>> enumsOfSafeWard() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        List<Class<?>> enums = new ArrayList<>();
        for (BeanDefinition found : scanner.findCandidateComponents("com.safeward")) {
            Class<?> type = Class.forName(found.getBeanClassName());
            String location = type.getProtectionDomain().getCodeSource().getLocation().toString();
            if (type.isEnum() && !location.contains("test-classes")) {
                enums.add(type);
            }
        }
        return enums;
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
