package com.safeward.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An inspection with its items (empty in lists); {@code score}: compliant items per answered applicable item, in %. */
record InspectionView(long id, long hospitalId, String hospitalLabel, long templateId, String templateCode,
        String templateName, int templateVersion, InspectionKind kind, InspectionStatus status, String conductedBy,
        Instant startedAt, Instant submittedAt, String conclusion, int compliantCount, int findingCount,
        List<InspectionItemView> items) {

    public Integer score() {
        int applicable = compliantCount + findingCount;
        return status != InspectionStatus.SUBMITTED || applicable == 0 ? null
                : Math.round(100f * compliantCount / applicable);
    }

    public long answeredCount() {
        return items.stream().filter(InspectionItemView::answered).count();
    }

    public Map<String, List<InspectionItemView>> sections() {
        Map<String, List<InspectionItemView>> sections = new java.util.LinkedHashMap<>();
        items.forEach(item -> sections.computeIfAbsent(item.section(), s -> new java.util.ArrayList<>()).add(item));
        return sections;
    }
}
