package com.safeward.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.organizations.Actor;
import com.safeward.organizations.Affiliation;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;

/**
 * Checklist templates (SUP-2). A template is maintained by system admins (templates for every
 * region, such as those seeded from the Henan notice) or by a region's regulators (their region's);
 * each change is a new version with the same code, so an inspection keeps the version it used.
 * A hospital adds its own items to a template; they join its next inspections.
 */
@Service
@Transactional
class Checklists {

    private final JdbcClient jdbc;
    private final OrganizationDirectory organizations;
    private final AuditTrail audit;
    private final Clock clock;

    Checklists(JdbcClient jdbc, OrganizationDirectory organizations, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current version of each template, by name; {@code q} searches name and code. */
    @Transactional(readOnly = true)
    List<ChecklistTemplateView> current(String q) {
        String like = q == null || q.isBlank() ? null : "%" + q.trim().toLowerCase(java.util.Locale.ROOT) + "%";
        return jdbc.sql("select * from checklist_templates t where version = (select max(version) from "
                + "checklist_templates c where c.code = t.code)"
                + (like == null ? "" : " and (lower(name) like :q or lower(code) like :q)") + " order by name")
                .params(like == null ? java.util.Map.of() : java.util.Map.of("q", like))
                .query((rs, n) -> template(rs, true, List.of())).list();
    }

    /** The templates that may be used for an inspection of the hospital: every region's and its region's. */
    @Transactional(readOnly = true)
    List<ChecklistTemplateView> usableAt(long hospitalId) {
        List<Long> regions = organizations.regionIdsOf(hospitalId);
        return current(null).stream().filter(t -> t.regionId() == null || regions.contains(t.regionId())).toList();
    }

    /** One version with its items; with {@code hospitalId}, the hospital's own items after them. */
    @Transactional(readOnly = true)
    ChecklistTemplateView get(long id, Long hospitalId) {
        ChecklistTemplateView bare = jdbc.sql("select * from checklist_templates where id = :id").param("id", id)
                .query((rs, n) -> template(rs, false, List.of())).optional()
                .orElseThrow(() -> new NotFound("checklist", id));
        List<ChecklistItemView> items = new java.util.ArrayList<>(jdbc.sql(
                "select * from checklist_items where template_id = :id order by position, id").param("id", id)
                .query((rs, n) -> item(rs, false)).list());
        if (hospitalId != null) {
            items.addAll(hospitalItems(bare.code(), hospitalId));
        }
        return new ChecklistTemplateView(bare.id(), bare.code(), bare.version(), bare.name(), bare.description(),
                bare.regionId(), bare.regionName(), bare.changeNote(), bare.createdBy(), bare.createdAt(),
                bare.version() == newestVersion(bare.code()), List.copyOf(items));
    }

    /** Every version of a template, newest first. */
    @Transactional(readOnly = true)
    List<ChecklistTemplateView> versions(String code) {
        return jdbc.sql("select * from checklist_templates where code = :code order by version desc")
                .param("code", code).query((rs, n) -> template(rs, false, List.of())).list();
    }

    ChecklistTemplateView create(ChecklistTemplateForm form, Actor actor) {
        String code = form.code.trim();
        if (newestVersion(code) > 0) {
            throw new RuleViolation("code", "validation.code.taken", code);
        }
        long id = insertVersion(code, 1, form.name.trim(), blankToNull(form.description), regionOf(actor), null,
                actor.username());
        ChecklistTemplateView created = get(id, null);
        audit.record(AuditEntry.created("ChecklistTemplate", id, null, created));
        return created;
    }

    /** A new version with the item added at the end of its section. */
    ChecklistTemplateView addItem(long templateId, ChecklistItemForm form, Actor actor) {
        ChecklistTemplateView before = editable(templateId, actor);
        Item added = Item.of(form);
        List<Item> items = new java.util.ArrayList<>(before.items().stream().map(Item::of).toList());
        int at = items.size();
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).section().equals(added.section())) {
                at = i + 1;
                break;
            }
        }
        items.add(at, added);
        return newVersion(before, items, form.changeNote, actor);
    }

    /** A new version without the item. */
    ChecklistTemplateView removeItem(long templateId, long itemId, String changeNote, Actor actor) {
        ChecklistTemplateView before = editable(templateId, actor);
        if (before.items().stream().noneMatch(i -> i.id() == itemId)) {
            throw new NotFound("checklist item", itemId);
        }
        return newVersion(before, before.items().stream().filter(i -> i.id() != itemId).map(Item::of).toList(),
                changeNote, actor);
    }

    /** Adds one of the hospital's own items to the template (for its next inspections). */
    ChecklistItemView addHospitalItem(long templateId, long hospitalId, ChecklistItemForm form, Actor actor,
            DataScope scope) {
        if (!scope.includes(hospitalId)) {
            throw new RuleViolation("hospitalId", "validation.hospital.unknown");
        }
        ChecklistTemplateView template = get(templateId, null);
        Item item = Item.of(form);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into hospital_checklist_items (template_code, hospital_id, section, question, answer_type, expected,
                    photo_required, requirement_id, severity, added_by, added_at)
                values (:code, :hospital, :section, :question, :type, :expected, :photo, :requirement, :severity, :by, :at)""")
                .param("code", template.code()).param("hospital", hospitalId).param("section", item.section())
                .param("question", item.question()).param("type", item.answerType().name())
                .param("expected", item.expected()).param("photo", item.photoRequired())
                .param("requirement", item.requirementId()).param("severity", item.severity().name())
                .param("by", actor.username()).param("at", Timestamp.from(Instant.now(clock))).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        ChecklistItemView added = item.view(id, true);
        audit.record(AuditEntry.created("HospitalChecklistItem", id, hospitalId, added));
        return added;
    }

    void removeHospitalItem(long itemId, DataScope scope) {
        Long hospital = jdbc.sql("select hospital_id from hospital_checklist_items where id = :id and removed_at is null")
                .param("id", itemId).query(Long.class).optional().filter(scope::includes)
                .orElseThrow(() -> new NotFound("checklist item", itemId));
        jdbc.sql("update hospital_checklist_items set removed_at = :at where id = :id")
                .param("at", Timestamp.from(Instant.now(clock))).param("id", itemId).update();
        audit.record(AuditEntry.of(com.safeward.audit.AuditAction.DELETED, "HospitalChecklistItem", itemId, hospital));
    }

    /** Whether the actor may change the template: system admins any, a regulator its own region's. */
    boolean mayEdit(ChecklistTemplateView template, Actor actor) {
        Affiliation affiliation = actor.role().affiliation();
        return affiliation == Affiliation.SYSTEM
                || affiliation == Affiliation.REGION && template.regionId() != null
                        && template.regionId().equals(actor.regionId());
    }

    private ChecklistTemplateView editable(long templateId, Actor actor) {
        ChecklistTemplateView template = get(templateId, null);
        if (!mayEdit(template, actor)) {
            throw new RuleViolation("template", "validation.checklist.notYours");
        }
        if (!template.current()) {
            throw new RuleViolation("template", "validation.checklist.oldVersion", newestVersion(template.code()));
        }
        return template;
    }

    private ChecklistTemplateView newVersion(ChecklistTemplateView before, List<Item> items, String changeNote,
            Actor actor) {
        long id = insertVersion(before.code(), before.version() + 1, before.name(), before.description(),
                before.regionId(), blankToNull(changeNote), actor.username());
        int position = 1;
        for (Item item : items) {
            jdbc.sql("""
                    insert into checklist_items (template_id, position, section, question, answer_type, expected,
                        photo_required, requirement_id, severity)
                    values (:t, :p, :section, :question, :type, :expected, :photo, :requirement, :severity)""")
                    .param("t", id).param("p", position++).param("section", item.section())
                    .param("question", item.question()).param("type", item.answerType().name())
                    .param("expected", item.expected()).param("photo", item.photoRequired())
                    .param("requirement", item.requirementId()).param("severity", item.severity().name()).update();
        }
        ChecklistTemplateView after = get(id, null);
        audit.record(AuditEntry.updated("ChecklistTemplate", before.code(), null, before, after));
        return after;
    }

    private long insertVersion(String code, int version, String name, String description, Long regionId,
            String changeNote, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into checklist_templates (code, version, name, description, region_id, change_note, created_by, created_at)
                values (:code, :version, :name, :description, :region, :note, :by, :at)""")
                .param("code", code).param("version", version).param("name", name).param("description", description)
                .param("region", regionId).param("note", changeNote).param("by", by)
                .param("at", Timestamp.from(Instant.now(clock))).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private List<ChecklistItemView> hospitalItems(String code, long hospitalId) {
        return jdbc.sql("select * from hospital_checklist_items where template_code = :code and hospital_id = :h "
                + "and removed_at is null order by id").param("code", code).param("h", hospitalId)
                .query((rs, n) -> item(rs, true)).list();
    }

    private int newestVersion(String code) {
        return jdbc.sql("select coalesce(max(version), 0) from checklist_templates where code = :code")
                .param("code", code).query(Integer.class).single();
    }

    private static Long regionOf(Actor actor) {
        return actor.role().affiliation() == Affiliation.REGION ? actor.regionId() : null;
    }

    private ChecklistTemplateView template(ResultSet rs, boolean current, List<ChecklistItemView> items)
            throws SQLException {
        Long region = rs.getObject("region_id", Long.class);
        return new ChecklistTemplateView(rs.getLong("id"), rs.getString("code"), rs.getInt("version"),
                rs.getString("name"), rs.getString("description"), region,
                region == null ? null : organizations.regionName(region).orElse(null), rs.getString("change_note"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), current, items);
    }

    private static ChecklistItemView item(ResultSet rs, boolean hospitalItem) throws SQLException {
        return new ChecklistItemView(rs.getLong("id"), rs.getString("section"), rs.getString("question"),
                AnswerType.valueOf(rs.getString("answer_type")), rs.getString("expected"),
                rs.getBoolean("photo_required"), rs.getString("requirement_id"),
                Severity.valueOf(rs.getString("severity")), hospitalItem);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** An item as a version stores it. */
    record Item(String section, String question, AnswerType answerType, String expected, boolean photoRequired,
            String requirementId, Severity severity) {

        static Item of(ChecklistItemView view) {
            return new Item(view.section(), view.question(), view.answerType(), view.expected(), view.photoRequired(),
                    view.requirementId(), view.severity());
        }

        static Item of(ChecklistItemForm form) {
            return new Item(form.section.trim(), form.question.trim(), form.answerType,
                    expected(form.answerType, form.expected), form.photoRequired, blankToNull(form.requirementId),
                    form.severity);
        }

        ChecklistItemView view(long id, boolean hospitalItem) {
            return new ChecklistItemView(id, section, question, answerType, expected, photoRequired, requirementId,
                    severity, hospitalItem);
        }

        /** YES/NO for YES_NO (default YES), a number or nothing for NUMBER, nothing for TEXT. */
        private static String expected(AnswerType type, String expected) {
            String value = blankToNull(expected);
            return switch (type) {
                case YES_NO -> {
                    String answer = value == null ? "YES" : AnswerPolicy.normalized(type, value);
                    if (AnswerPolicy.NOT_APPLICABLE.equals(answer)) {
                        throw new RuleViolation("expected", "validation.inspection.yesOrNo");
                    }
                    yield answer;
                }
                case NUMBER -> {
                    if (value == null) {
                        yield null;
                    }
                    try {
                        yield new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
                    } catch (NumberFormatException notANumber) {
                        throw new RuleViolation("expected", "validation.inspection.number");
                    }
                }
                case TEXT -> null;
            };
        }
    }
}
