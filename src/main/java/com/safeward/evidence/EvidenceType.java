package com.safeward.evidence;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of evidence SafeWard accepts (incidents, high-risk person listings), recognised by
 * the file's first bytes (a declared content type alone is not trusted).
 */
enum EvidenceType {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 0),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 0),
    WEBP("image/webp", new byte[] {'W', 'E', 'B', 'P'}, 8),
    MP4("video/mp4", new byte[] {'f', 't', 'y', 'p'}, 4),
    MP3("audio/mpeg", new byte[] {'I', 'D', '3'}, 0),
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F'}, 0);

    private final String contentType;
    private final byte[] magic;
    private final int offset;

    EvidenceType(String contentType, byte[] magic, int offset) {
        this.contentType = contentType;
        this.magic = magic;
        this.offset = offset;
    }

    String contentType() {
        return contentType;
    }

    static Optional<EvidenceType> of(byte[] head) {
        return Arrays.stream(values()).filter(type -> type.matches(head)).findFirst();
    }

    private boolean matches(byte[] head) {
        if (head.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
