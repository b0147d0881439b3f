package com.safeward.personaldata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The keys: from configuration, or (embedded defaults) from a key file generated once under the data directory. */
@Component
class Keyring {

    private static final Logger log = LoggerFactory.getLogger(Keyring.class);
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rw-------");

    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String current;
    private final SecretKey hashKey;

    Keyring(PersonalDataProperties properties, @Value("${safeward.data-dir}") Path dataDir) {
        if (properties.keys().isEmpty()) {
            if (!properties.generateKeys()) {
                throw new IllegalStateException("No personal-data keys configured: set safeward.personal-data.keys[0].id/.secret, "
                        + ".current-key and .hash-key (SAFEWARD_PERSONAL_DATA_*; base64 of 32 random bytes each). "
                        + "Production never generates a key file.");
            }
            Properties file = keyFile(dataDir.resolve("personal-data.keys"));
            keys.put("local", aes(file.getProperty("encryption")));
            current = "local";
            hashKey = hmac(file.getProperty("hash"));
        } else {
            properties.keys().forEach(key -> keys.put(key.id(), aes(key.secret())));
            current = properties.currentKey() != null ? properties.currentKey() : properties.keys().get(0).id();
            if (!keys.containsKey(current) || properties.hashKey() == null) {
                throw new IllegalStateException("safeward.personal-data: current-key must name a listed key; hash-key is required");
            }
            hashKey = hmac(properties.hashKey());
        }
    }

    String currentId() {
        return current;
    }

    SecretKey key(String id) {
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("Personal data sealed with key '" + id + "', which is not configured");
        }
        return key;
    }

    SecretKey hashKey() {
        return hashKey;
    }

    /** The key file, created readable by its owner only (never, even for a moment, by anyone else). */
    private static Properties keyFile(Path path) {
        try {
            Properties properties = new Properties();
            if (!Files.exists(path)) {
                Files.createDirectories(path.getParent());
                SecureRandom random = new SecureRandom();
                properties.setProperty("encryption", random32(random));
                properties.setProperty("hash", random32(random));
                createOwnerOnly(path);
                try (var out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                    properties.store(out, "SafeWard personal-data keys (embedded defaults). Keep secret; back up with the database.");
                }
                log.warn("Generated personal-data keys at {}; configure safeward.personal-data.* in production", path);
            } else {
                restrictToOwner(path);
            }
            try (var in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the personal-data key file " + path, e);
        }
    }

    private static void createOwnerOnly(Path path) throws IOException {
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(path); // a non-POSIX file system: its own access control applies
        }
    }

    /** An existing key file others could read (copied in, or made before this check): made owner-only. */
    private static void restrictToOwner(Path path) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(path).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(path, OWNER_ONLY);
                log.warn("The personal-data key file {} was readable by others; it is now readable by its owner only", path);
            }
        } catch (UnsupportedOperationException notPosix) {
            // a non-POSIX file system: its own access control applies
        }
    }

    private static String random32(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static SecretKey aes(String base64) {
        return new SecretKeySpec(decode32(base64), "AES");
    }

    private static SecretKey hmac(String base64) {
        return new SecretKeySpec(decode32(base64), "HmacSHA256");
    }

    private static byte[] decode32(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("personal-data keys must be 32 bytes (base64)");
        }
        return bytes;
    }
}
