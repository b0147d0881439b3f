package com.safeward.personaldata;

import org.springframework.stereotype.Component;

/**
 * Credentials the system itself uses (robot signing keys, webhook secrets): encrypted at rest with
 * the same keys as personal data, opened by the machine when it sends, never shown to people.
 */
@Component
public class SecretBox {

    private final PersonalData cipher;

    SecretBox(PersonalData cipher) {
        this.cipher = cipher;
    }

    public String seal(String secret) {
        return cipher.encrypt(secret);
    }

    public String open(String sealed) {
        return cipher.decrypt(sealed);
    }
}
