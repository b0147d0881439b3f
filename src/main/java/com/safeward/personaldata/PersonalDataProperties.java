package com.safeward.personaldata;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.personal-data.*}: the encryption keys by id (base64 of 32 bytes), which one
 * seals new values, and the matching-hash key. Rotation: add a new key, make it current; values
 * sealed with older keys stay readable while their key is listed. With no keys configured (the
 * embedded defaults) a key file is generated once under the data directory.
 */
@ConfigurationProperties("safeward.personal-data")
record PersonalDataProperties(List<Key> keys, String currentKey, String hashKey) {

    PersonalDataProperties {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    record Key(String id, String secret) {
    }
}
