package com.safeward;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Package-by-feature boundaries: each module depends only on the modules its {@code package-info}
 * allows (plus the shared kernel, texts, persistence and web conventions), without cycles or reaching
 * into another module's internals; domain code knows nothing of HTTP; forms stay inside their module.
 */
// reads the sources and classes only: the integration profile (real services) leaves it out
@org.junit.jupiter.api.Tag("source-checks")
class ModularityTests {

    private static final java.util.Set<String> SHARED = java.util.Set.of("kernel", "texts", "persistence", "web");
    private static final ApplicationModules MODULES = ApplicationModules.of(SafeWardApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.safeward");

    /** Aggregates (tables), policies and schedules, domain events and the shared kernel. */
    private static final DescribedPredicate<JavaClass> DOMAIN = DescribedPredicate.describe(
            "aggregates, policies, schedules, events and the kernel",
            type -> type.isAnnotatedWith(Table.class) || type.getSimpleName().endsWith("Policy")
                    || type.getSimpleName().endsWith("Schedule") || type.getPackageName().equals("com.safeward.kernel")
                    || isEvent(type));

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayDependOn() {
        MODULES.forEach(module -> {
            JavaClass info = CLASSES.get(module.getBasePackage().getName() + ".package-info");
            ApplicationModule declared = info.getAnnotationOfType(ApplicationModule.class);
            assertThat(declared.allowedDependencies()).as("allowedDependencies of %s", module.getIdentifier())
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        });
    }

    @Test
    void theReadmesModuleTableSaysWhatThePackagesDeclare() throws java.io.IOException {
        java.util.Map<String, java.util.Set<String>> documented = new java.util.TreeMap<>();
        var row = java.util.regex.Pattern.compile("^\\| `(\\w+)` \\|.*\\| ([^|]+) \\|$");
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        String architecture = readme.substring(readme.indexOf("## Architecture"), readme.indexOf("### Adding a module"));
        for (String line : architecture.split("\n")) {
            var m = row.matcher(line);
            if (m.matches()) {
                documented.put(m.group(1), new java.util.TreeSet<>(java.util.Arrays.stream(m.group(2).split(","))
                        .map(d -> d.trim().replace("`", "")).filter(d -> !d.isEmpty() && !d.equals("—")).toList()));
            }
        }
        java.util.Map<String, java.util.Set<String>> declared = new java.util.TreeMap<>();
        MODULES.forEach(module -> {
            String name = module.getIdentifier().toString();
            if (!SHARED.contains(name)) {
                ApplicationModule info = CLASSES.get(module.getBasePackage().getName() + ".package-info")
                        .getAnnotationOfType(ApplicationModule.class);
                declared.put(name, new java.util.TreeSet<>(java.util.List.of(info.allowedDependencies())));
            }
        });
        assertThat(documented).as("README's module table (Architecture)").isEqualTo(declared);
    }

    @Test
    void domainCodeKnowsNothingOfHttp() {
        noClasses().that(DOMAIN).should().dependOnClassesThat().resideInAnyPackage("com.safeward.web..",
                "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
                .because("the web layer maps domain exceptions to problem details; the domain throws them (kernel)")
                .check(CLASSES);
    }

    @Test
    void noModuleThrowsHttpStatusesOutsideTheWebLayer() {
        noClasses().that().resideOutsideOfPackage("com.safeward.web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.web.server.ResponseStatusException")
                .check(CLASSES);
    }

    @Test
    void formsAreNotPartOfAModulesApi() {
        classes().that().haveSimpleNameEndingWith("Form").should().notHaveModifier(JavaModifier.PUBLIC)
                .because("a form is how one page or endpoint of the module binds input, not something other modules use")
                .check(CLASSES);
    }

    @Test
    void classesDoOneJobInAtMost300Lines() throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            var tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return java.nio.file.Files.readAllLines(f).size() > 300;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(tooLong).as("split these by job (a policy, a read model, a use case)").isEmpty();
        }
    }

    /**
     * The module diagrams (PlantUML) in {@code target/spring-modulith-docs/}, when asked for
     * ({@code -Dsafeward.module-diagrams=true}): generated output that proves nothing, kept out of
     * every test run (a third of this class's time).
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "safeward.module-diagrams", matches = "true")
    void writesTheModuleDiagramForTheReadme() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    /** Events are records named in the past tense that modules publish: IncidentReported, ListingProposed … */
    private static boolean isEvent(JavaClass type) {
        return type.isRecord() && type.getSimpleName().matches("[A-Z]\\w*(ed|Owed|Overdue|Found)")
                && type.getPackageName().startsWith("com.safeward.");
    }
}
