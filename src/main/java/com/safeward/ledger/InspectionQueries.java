package com.safeward.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.evidence.EvidenceStore;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RecordRef;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.AggregateRows;
import com.safeward.persistence.PagedQuery;
import com.safeward.persistence.SortableFields;

/** Reading inspections as the viewer may see them (SUP-2): the list, one with its items, results per hospital and checklist. */
@Service
@Transactional(readOnly = true)
class InspectionQueries {

    static final SortableFields SORT = SortableFields.of(Sort.by(Sort.Direction.DESC, "startedAt"), "startedAt",
            "submittedAt", "hospitalId", "kind", "status");

    /** Filters of the inspection list. */
    record InspectionFilter(Long hospitalId, Long templateId, InspectionKind kind, InspectionStatus status) {
    }

    /** One hospital's results with one checklist: how many, the latest score, the scores oldest first (the trend). */
    record Result(long hospitalId, String hospitalLabel, String templateCode, String templateName, int inspections,
            Integer latestScore, int latestFindings, List<Integer> scores) {
    }

    private final Inspections inspections;
    private final JdbcClient jdbc;
    private final AggregateRows rows;
    private final EvidenceStore evidence;
    private final OrganizationDirectory organizations;

    InspectionQueries(Inspections inspections, JdbcClient jdbc, AggregateRows rows, EvidenceStore evidence,
            OrganizationDirectory organizations) {
        this.inspections = inspections;
        this.jdbc = jdbc;
        this.rows = rows;
        this.evidence = evidence;
        this.organizations = organizations;
    }

    Page<InspectionView> list(InspectionFilter filter, LedgerViewer viewer, Pageable pageable) {
        PagedQuery query = viewer.limitInspections(new PagedQuery());
        if (filter.hospitalId() != null) {
            query.and("hospital_id = :hospital", "hospital", filter.hospitalId());
        }
        if (filter.templateId() != null) {
            query.and("template_id = :template", "template", filter.templateId());
        }
        if (filter.kind() != null) {
            query.and("kind = :kind", "kind", filter.kind().name());
        }
        if (filter.status() != null) {
            query.and("status = :status", "status", filter.status().name());
        }
        Page<Inspection> page = query.page(jdbc, "inspections", SORT, rows.of(Inspection.class), pageable);
        Map<Long, TemplateName> names = templateNames(page.getContent().stream().map(Inspection::templateId).toList());
        return page.map(i -> view(i, names.get(i.templateId()), List.of()));
    }

    InspectionView get(long id, LedgerViewer viewer) {
        Inspection inspection = visible(id, viewer);
        return view(inspection, templateNames(List.of(inspection.templateId())).get(inspection.templateId()),
                items(id));
    }

    /** The inspection if the viewer may see it; 404 otherwise (an unannounced visit in progress among them). */
    Inspection visible(long id, LedgerViewer viewer) {
        return inspections.findById(id).filter(viewer::sees).orElseThrow(() -> new NotFound("inspection", id));
    }

    InspectionItemView item(long id, long itemId) {
        return jdbc.sql("select * from inspection_items where id = :item and inspection_id = :id")
                .param("item", itemId).param("id", id).query(this::item).optional()
                .orElseThrow(() -> new NotFound("inspection item", itemId));
    }

    /** The item of a submitted inspection that opened the ledger item, if one did (its photos show the finding). */
    java.util.Optional<InspectionItemView> findingOf(long rectificationId) {
        return jdbc.sql("select * from inspection_items where rectification_id = :r").param("r", rectificationId)
                .query(this::item).optional();
    }

    /** Results of submitted inspections per hospital and checklist code, for the hospitals the viewer sees. */
    List<Result> results(LedgerViewer viewer) {
        PagedQuery query = viewer.limitInspections(new PagedQuery()).and("status = 'SUBMITTED'");
        List<Inspection> submitted = query.list(jdbc, "inspections", "submitted_at, id", rows.of(Inspection.class));
        Map<Long, TemplateName> names = templateNames(submitted.stream().map(Inspection::templateId).toList());
        Map<String, List<Inspection>> groups = new java.util.LinkedHashMap<>();
        submitted.forEach(i -> groups.computeIfAbsent(i.hospitalId() + "/" + names.get(i.templateId()).code(),
                k -> new java.util.ArrayList<>()).add(i));
        return groups.values().stream().map(group -> {
            Inspection latest = group.get(group.size() - 1);
            TemplateName name = names.get(latest.templateId());
            List<Integer> scores = group.stream().map(i -> view(i, name, List.of()).score()).toList();
            return new Result(latest.hospitalId(), organizations.hospitalLabel(latest.hospitalId()).orElse(""),
                    name.code(), name.name(), group.size(), scores.get(scores.size() - 1), latest.findingCount(),
                    scores.subList(Math.max(0, scores.size() - 6), scores.size()));
        }).sorted(java.util.Comparator.comparing(Result::hospitalLabel).thenComparing(Result::templateName)).toList();
    }

    private List<InspectionItemView> items(long id) {
        return jdbc.sql("select * from inspection_items where inspection_id = :id order by position, id")
                .param("id", id).query(this::item).list();
    }

    private InspectionView view(Inspection i, TemplateName template, List<InspectionItemView> items) {
        return new InspectionView(i.id(), i.hospitalId(), organizations.hospitalLabel(i.hospitalId()).orElse(""),
                i.templateId(), template.code(), template.name(), template.version(), i.kind(), i.status(),
                i.conductedBy(), i.startedAt(), i.submittedAt(), i.conclusion(), i.compliantCount(), i.findingCount(),
                items);
    }

    private record TemplateName(String code, String name, int version) {
    }

    private Map<Long, TemplateName> templateNames(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, TemplateName> names = new java.util.HashMap<>();
        jdbc.sql("select id, code, name, version from checklist_templates where id in (:ids)")
                .param("ids", ids.stream().distinct().toList())
                .query((rs, n) -> names.put(rs.getLong("id"),
                        new TemplateName(rs.getString("code"), rs.getString("name"), rs.getInt("version")))).list();
        return names;
    }

    private InspectionItemView item(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        String outcome = rs.getString("outcome");
        java.sql.Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new InspectionItemView(id, rs.getInt("position"), rs.getString("section"), rs.getString("question"),
                AnswerType.valueOf(rs.getString("answer_type")), rs.getString("expected"),
                rs.getBoolean("photo_required"), rs.getString("requirement_id"),
                Severity.valueOf(rs.getString("severity")), rs.getBoolean("hospital_item"), rs.getString("answer"),
                outcome == null ? null : ItemOutcome.valueOf(outcome), rs.getString("note"), rs.getString("place"),
                rs.getObject("owner_department_id", Long.class), rs.getString("answered_by"),
                answeredAt == null ? null : answeredAt.toInstant(), rs.getObject("rectification_id", Long.class),
                evidence.of(RecordRef.of(Inspecting.ITEM_EVIDENCE, id)));
    }
}
