package com.safeward.personaldata;

/**
 * A personal value as stored: {@code cipher} (key id and AES-GCM ciphertext), {@code hash} (for
 * exact matching, never reversible) and {@code masked} (what lists show). Its toString reveals nothing.
 */
public record Sealed(String cipher, String hash, String masked) {

    @Override
    public String toString() {
        return masked;
    }
}
