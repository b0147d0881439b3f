package com.safeward.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.web.multipart.MultipartFile;

import com.safeward.kernel.RuleViolation;

/**
 * An uploaded evidence file that passed the checks: not empty, at most the size limit, a type
 * recognised by its first bytes; its name reduced to the last path segment without control
 * characters; its SHA-256 for integrity.
 */
record EvidenceFile(String filename, String contentType, byte[] data, String sha256) {

    /** Checks an upload; {@code field} names the form field in the error. */
    static EvidenceFile of(MultipartFile file, long maxBytes, String field) {
        if (file == null || file.isEmpty()) {
            throw new RuleViolation(field, "validation.attachment.empty");
        }
        if (file.getSize() > maxBytes) {
            throw new RuleViolation(field, "validation.attachment.tooLarge", maxBytes / (1024 * 1024));
        }
        byte[] data;
        try {
            data = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EvidenceType type = EvidenceType.of(data).orElseThrow(() -> new RuleViolation(field,
                "validation.attachment.type"));
        return new EvidenceFile(filename(file.getOriginalFilename()), type.contentType(), data, sha256(data));
    }

    long size() {
        return data.length;
    }

    /** Only the last path segment, without control characters, at most 255 characters. */
    static String filename(String original) {
        String name = original == null ? "evidence" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String toString() {
        return filename + " (" + contentType + ", " + data.length + " bytes)";
    }
}
