package com.safeward.ledger;

import java.time.Instant;
import java.util.List;

/** A version of a checklist template; {@code current}: the newest of its code. */
record ChecklistTemplateView(long id, String code, int version, String name, String description, Long regionId,
        String regionName, String changeNote, String createdBy, Instant createdAt, boolean current,
        List<ChecklistItemView> items) {

    /** The sections in order, each with its items (a page shows them so). */
    public java.util.Map<String, List<ChecklistItemView>> sections() {
        java.util.Map<String, List<ChecklistItemView>> sections = new java.util.LinkedHashMap<>();
        items.forEach(item -> sections.computeIfAbsent(item.section(), s -> new java.util.ArrayList<>()).add(item));
        return sections;
    }
}
