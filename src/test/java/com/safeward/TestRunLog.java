package com.safeward;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The log of one test run (issue 17, point 5): every context writes {@link #FILE} (test configuration
 * {@code logging.file.name}); it is emptied when the run starts (a launcher session listener) and
 * {@link LogSecretsTests} reads it after every other test class (this class orderer keeps the order
 * otherwise as it was).
 */
public final class TestRunLog implements LauncherSessionListener {

    static final Path FILE = Path.of("target/test-run.log");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try (Stream<Path> earlier = Files.exists(FILE.getParent()) ? Files.list(FILE.getParent()) : Stream.empty()) {
            for (Path file : earlier.filter(p -> p.getFileName().toString().startsWith("test-run.log")).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file the run's log was written to, oldest first. */
    static List<Path> files() throws IOException {
        if (!Files.exists(FILE.getParent())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(FILE.getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith("test-run.log"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    /** Orders the run's test classes: {@link LogSecretsTests} last, the rest as they came. */
    public static final class LogScanLast implements ClassOrderer {

        @Override
        public void orderClasses(ClassOrdererContext context) {
            context.getClassDescriptors().sort(Comparator.comparing(
                    (ClassDescriptor descriptor) -> descriptor.getTestClass() == LogSecretsTests.class));
        }
    }
}
