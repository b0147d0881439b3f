package com.safeward.personaldata;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.personal-data.*}: the encryption keys by id (base64 of 32 bytes), which one
 * seals new values, and the matching-hash key. Rotation: add a new key, make it current; values
 * sealed with older keys stay readable while their key is listed. With no keys configured (the
 * embedded defaults) a key file is generated once under the data directory, readable by its owner
 * only; {@code generate-keys=false} (the {@code prod} profile) refuses to start without configured keys.
 */
@ConfigurationProperties("safeward.personal-data")
record PersonalDataProperties(List<Key> keys, String currentKey, String hashKey, Boolean generateKeys) {

    PersonalDataProperties {
        keys = keys == null ? List.of() : List.copyOf(keys);
        generateKeys = generateKeys == null || generateKeys;
    }

    record Key(String id, String secret) {
    }
}
