package com.safeward.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer secrets (API, integration and device tokens): 256 random bits, shown once; only their
 * SHA-256 hash is stored, which is enough for values of this entropy and makes a database leak
 * reveal no usable token.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    /** A new secret: its value (to show once), hash (to store) and a short hint (to recognise it). */
    public record Secret(String value, String hash, String hint) {
    }

    public static Secret issue(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Secret(value, hash(value), value.substring(0, Math.min(8, value.length())) + "…");
    }

    public static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
