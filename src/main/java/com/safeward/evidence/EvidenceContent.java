package com.safeward.evidence;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An evidence file's bytes, for download. */
public record EvidenceContent(String filename, String contentType, byte[] data) {

    /** The download: as an attachment (never shown inline), its type as recognised at upload, no sniffing. */
    public ResponseEntity<byte[]> asDownload() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(data);
    }
}
