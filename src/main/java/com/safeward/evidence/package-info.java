/**
 * The evidence store (INC-4 incident evidence, WL-1 listing evidence; next the disputes',
 * inspections', patrols' and fire checks' photos and documents): files of any module's records,
 * accepted only when recognised by their content (JPEG, PNG, WebP, MP4, MP3, PDF) and within
 * {@code safeward.evidence.max-bytes}, named safely, checksummed (SHA-256), stored, listed, and
 * downloaded with every download in the audit trail (evidence may show people). The owning module
 * decides who may see its record; {@link com.safeward.evidence.EvidenceStore} does the rest.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence store",
        allowedDependencies = {"audit"})
package com.safeward.evidence;
