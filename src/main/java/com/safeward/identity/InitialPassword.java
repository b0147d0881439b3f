package com.safeward.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The first administrator's password, handed over in a file under the data directory that only the
 * node's user can read — never in the log (issue 17, point 5) — and deleted once that password is
 * changed.
 */
@Component
class InitialPassword {

    private static final Logger log = LoggerFactory.getLogger(InitialPassword.class);

    private final Path file;

    InitialPassword(@Value("${safeward.data-dir}") Path dataDir) {
        this.file = dataDir.resolve("initial-admin-password");
    }

    /** Writes it (owner-only from the start) and returns where. */
    Path write(String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first administrator's password to " + file, e);
        }
    }

    /** The administrator chose a password of their own: the handed-over one goes (once that is committed). */
    void forget() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            delete();
                        }
                    });
        } else {
            delete();
        }
    }

    private void delete() {
        try {
            if (Files.deleteIfExists(file)) {
                log.info("Deleted {}: the administrator has changed the initial password", file.toAbsolutePath());
            }
        } catch (IOException e) {
            log.warn("Could not delete {} ({}); delete it by hand", file.toAbsolutePath(), e.getMessage());
        }
    }
}
