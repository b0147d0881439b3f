package com.safeward.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.evidence.EvidenceStore;
import com.safeward.evidence.EvidenceView;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RecordRef;
import com.safeward.organizations.Affiliation;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.AggregateRows;
import com.safeward.persistence.PagedQuery;
import com.safeward.persistence.SortableFields;
import com.safeward.trail.Trail;

/** Reading the rectification ledger as the viewer may see it (RSK-2): lists, counts, one item with its trail and photos. */
@Service
@Transactional(readOnly = true)
class LedgerQueries {

    static final SortableFields SORT = SortableFields.of(Sort.by("dueAt"), "dueAt", "createdAt", "severity", "status",
            "hospitalId", "source");

    /**
     * Filters of the ledger. {@code overdue}: open past the deadline; {@code mine}: the viewer's or
     * their department's; {@code raisedByUs}: found by the viewer's region or station; {@code open}:
     * not closed.
     */
    record LedgerFilter(Long hospitalId, RectificationSource source, RectificationStatus status, Long departmentId,
            Boolean overdue, Boolean open, Boolean mine, Boolean raisedByUs, String q) {

        static LedgerFilter none() {
            return new LedgerFilter(null, null, null, null, null, null, null, null, null);
        }

        LedgerFilter onlyOverdue() {
            return new LedgerFilter(hospitalId, source, status, departmentId, true, open, mine, raisedByUs, q);
        }

        LedgerFilter onlyOpen() {
            return new LedgerFilter(hospitalId, source, status, departmentId, overdue, true, mine, raisedByUs, q);
        }

        LedgerFilter onlyMine() {
            return new LedgerFilter(hospitalId, source, status, departmentId, overdue, open, true, raisedByUs, q);
        }

        LedgerFilter withStatus(RectificationStatus value) {
            return new LedgerFilter(hospitalId, source, value, departmentId, overdue, open, mine, raisedByUs, q);
        }
    }

    private final Rectifications rectifications;
    private final InspectionQueries inspections;
    private final JdbcClient jdbc;
    private final AggregateRows rows;
    private final EvidenceStore evidence;
    private final OrganizationDirectory organizations;
    private final Trail trail;
    private final Clock clock;

    LedgerQueries(Rectifications rectifications, InspectionQueries inspections, JdbcClient jdbc, AggregateRows rows,
            EvidenceStore evidence, OrganizationDirectory organizations, Trail trail, Clock clock) {
        this.rectifications = rectifications;
        this.inspections = inspections;
        this.jdbc = jdbc;
        this.rows = rows;
        this.evidence = evidence;
        this.organizations = organizations;
        this.trail = trail;
        this.clock = clock;
    }

    Page<RectificationView> list(LedgerFilter filter, LedgerViewer viewer, Pageable pageable) {
        Page<Rectification> page = query(filter, viewer).page(jdbc, "rectifications", SORT,
                rows.of(Rectification.class), pageable);
        Map<Long, String> hospitals = page.getContent().stream().map(Rectification::hospitalId).distinct()
                .collect(Collectors.toMap(Function.identity(), h -> organizations.hospitalLabel(h).orElse("")));
        Map<Long, String> departments = new java.util.HashMap<>(); // one look-up per hospital, not per row
        hospitals.keySet().forEach(h -> organizations.departmentChoices(h)
                .forEach(d -> departments.put(d.id(), d.label())));
        return page.map(r -> view(r, hospitals.get(r.hospitalId()), departments.getOrDefault(r.ownerDepartmentId(), ""),
                List.of(), List.of(), List.of()));
    }

    /** How many items the list with that filter shows (a home card's count). */
    long count(LedgerFilter filter, LedgerViewer viewer) {
        return query(filter, viewer).count(jdbc, "rectifications");
    }

    /** The same count by hospital id, largest first (a regulator's card). */
    Map<String, Long> countByHospital(LedgerFilter filter, LedgerViewer viewer) {
        return query(filter, viewer).countBy(jdbc, "rectifications", "hospital_id");
    }

    RectificationView get(long id, LedgerViewer viewer) {
        Rectification item = visible(id, viewer);
        List<EvidenceView> findingPhotos = inspections.findingOf(id).map(InspectionItemView::photos).orElse(List.of());
        return view(item, organizations.hospitalLabel(item.hospitalId()).orElse(""),
                organizations.department(item.hospitalId(), item.ownerDepartmentId()).map(d -> d.name()).orElse(""),
                trail.of(RectificationLedger.ref(id)), evidence.of(RectificationLedger.ref(id)), findingPhotos);
    }

    Rectification visible(long id, LedgerViewer viewer) {
        return rectifications.findById(id).filter(viewer::sees).orElseThrow(() -> new NotFound("rectification", id));
    }

    /** A photo of the item (the owner's, or the inspection's of the finding); the download is audited. */
    com.safeward.evidence.EvidenceContent photo(long id, long fileId, LedgerViewer viewer) {
        Rectification item = visible(id, viewer);
        boolean own = evidence.of(RectificationLedger.ref(id)).stream().anyMatch(f -> f.id() == fileId);
        RecordRef owner = own ? RectificationLedger.ref(id) : inspections.findingOf(id)
                .map(i -> RecordRef.of(Inspecting.ITEM_EVIDENCE, i.id())).orElseThrow(() -> new NotFound("photo", fileId));
        return evidence.download(owner, fileId, item.hospitalId());
    }

    private PagedQuery query(LedgerFilter filter, LedgerViewer viewer) {
        PagedQuery query = viewer.limitLedger(new PagedQuery()).containing(filter.q(), "problem", "place");
        if (filter.hospitalId() != null) {
            query.and("hospital_id = :hospital", "hospital", filter.hospitalId());
        }
        if (filter.source() != null) {
            query.and("source = :source", "source", filter.source().name());
        }
        if (filter.status() != null) {
            query.and("status = :status", "status", filter.status().name());
        }
        if (Boolean.TRUE.equals(filter.open())) {
            query.and("status <> 'CLOSED'");
        }
        if (filter.departmentId() != null) {
            query.and("owner_department_id = :department", "department", filter.departmentId());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            query.and("status = 'OPEN' and due_at <= :now", "now", java.sql.Timestamp.from(Instant.now(clock)));
        }
        if (Boolean.TRUE.equals(filter.mine())) {
            query.and("owner = :me or (owner is null and owner_department_id = :myDepartment)",
                    Map.of("me", viewer.username(), "myDepartment", viewer.departmentId() == null ? -1 : viewer.departmentId()));
        }
        if (Boolean.TRUE.equals(filter.raisedByUs())) {
            if (viewer.affiliation() == Affiliation.REGION) {
                query.and("raised_by_region_id = :ourRegion", "ourRegion", viewer.regionId());
            } else if (viewer.affiliation() == Affiliation.POLICE_STATION) {
                query.and("raised_by_station_id = :ourStation", "ourStation", viewer.stationId());
            } else {
                query.and("raised_by = :me", "me", viewer.username());
            }
        }
        return query;
    }

    private RectificationView view(Rectification r, String hospitalLabel, String department,
            List<com.safeward.trail.TrailEntry> entries, List<EvidenceView> photos, List<EvidenceView> findingPhotos) {
        return new RectificationView(r.id(), r.hospitalId(), hospitalLabel, r.source(), r.sourceRef(), r.raisedBy(),
                r.place(), r.problem(), r.severity(), r.requirementId(), r.ownerDepartmentId(), department, r.owner(),
                r.measures(), r.dueAt(), r.status(), r.overdue(Instant.now(clock)), r.doneAt(), r.doneBy(),
                r.closedAt(), r.verifiedBy(), r.createdAt(), entries, photos, findingPhotos);
    }
}
