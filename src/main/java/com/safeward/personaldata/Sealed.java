package com.safeward.personaldata;

/**
 * A personal value as stored: {@code cipher} (key id and AES-GCM ciphertext), {@code hash} (for
 * exact matching, never reversible) and {@code masked} (what lists show). Its toString reveals nothing.
 */
public record Sealed(String cipher, String hash, String masked) {

    /** No value given (an optional phone, an unknown birth date): nothing stored. */
    public static final Sealed NONE = new Sealed(null, null, null);

    @Override
    public String toString() {
        return masked;
    }
}
