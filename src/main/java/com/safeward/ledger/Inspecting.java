package com.safeward.ledger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.evidence.EvidenceStore;
import com.safeward.evidence.EvidenceView;
import com.safeward.kernel.RecordRef;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.Affiliation;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.trail.Trail;

/**
 * SUP-2: making an inspection — start it from the current version of a checklist usable at the
 * hospital (its items and the hospital's own are copied, so later edits never change it), answer
 * item by item with photos, sign it off. Signing off needs every item answered and every required
 * photo; each finding becomes a ledger item (RSK-2). Only the body making the inspection answers it.
 */
@Service
@Transactional
class Inspecting {

    static final String TRAIL = "INSPECTION";
    static final String ITEM_EVIDENCE = "INSPECTION_ITEM";

    private final Inspections inspections;
    private final InspectionQueries queries;
    private final Checklists checklists;
    private final RectificationLedger ledger;
    private final EvidenceStore evidence;
    private final OrganizationDirectory organizations;
    private final JdbcClient jdbc;
    private final Trail trail;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inspecting(Inspections inspections, InspectionQueries queries, Checklists checklists, RectificationLedger ledger,
            EvidenceStore evidence, OrganizationDirectory organizations, JdbcClient jdbc, Trail trail, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.inspections = inspections;
        this.queries = queries;
        this.checklists = checklists;
        this.ledger = ledger;
        this.evidence = evidence;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.trail = trail;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    InspectionView start(InspectionForm form, LedgerViewer viewer) {
        if (!viewer.scope().includes(form.hospitalId)) {
            throw new RuleViolation("hospitalId", "validation.hospital.unknown");
        }
        boolean hospital = viewer.affiliation() == Affiliation.HOSPITAL;
        if (form.kind.byHospital() != hospital && viewer.affiliation() != Affiliation.SYSTEM) {
            throw new RuleViolation("kind", hospital ? "validation.inspection.selfCheckOnly"
                    : "validation.inspection.notSelfCheck");
        }
        ChecklistTemplateView template = checklists.usableAt(form.hospitalId).stream()
                .filter(t -> t.id() == form.templateId).findFirst()
                .orElseThrow(() -> new RuleViolation("templateId", "validation.inspection.template"));
        Inspection saved = inspections.save(Inspection.start(form.hospitalId, template.id(), form.kind,
                viewer.username(), viewer.affiliation() == Affiliation.REGION ? viewer.regionId() : null,
                viewer.affiliation() == Affiliation.POLICE_STATION ? viewer.stationId() : null, now()));
        int position = 1;
        for (ChecklistItemView item : checklists.get(template.id(), form.hospitalId).items()) {
            jdbc.sql("""
                    insert into inspection_items (inspection_id, position, section, question, answer_type, expected,
                        photo_required, requirement_id, severity, hospital_item)
                    values (:i, :p, :section, :question, :type, :expected, :photo, :requirement, :severity, :own)""")
                    .param("i", saved.id()).param("p", position++).param("section", item.section())
                    .param("question", item.question()).param("type", item.answerType().name())
                    .param("expected", item.expected()).param("photo", item.photoRequired())
                    .param("requirement", item.requirementId()).param("severity", item.severity().name())
                    .param("own", item.hospitalItem()).update();
        }
        trail.add(ref(saved.id()), viewer.username(), "STARTED", null);
        audit.record(AuditEntry.of(AuditAction.CREATED, "Inspection", saved.id(), saved.hospitalId(),
                Text.of("audit.inspection.started", template.name(), Text.of(form.kind))));
        return queries.get(saved.id(), viewer);
    }

    InspectionItemView answer(long id, long itemId, AnswerForm form, LedgerViewer viewer) {
        Inspection inspection = answerable(id, viewer);
        InspectionItemView item = queries.item(id, itemId);
        String answer = AnswerPolicy.normalized(item.answerType(), form.answer);
        ItemOutcome outcome = AnswerPolicy.outcome(item.answerType(), item.expected(), answer, form.finding);
        if (form.ownerDepartmentId != null
                && organizations.department(inspection.hospitalId(), form.ownerDepartmentId).isEmpty()) {
            throw new RuleViolation("ownerDepartmentId", "validation.department.unknown");
        }
        jdbc.sql("""
                update inspection_items set answer = :answer, outcome = :outcome, note = :note, place = :place,
                    owner_department_id = :department, answered_by = :by, answered_at = :at
                where id = :item and inspection_id = :id""")
                .param("answer", answer).param("outcome", outcome.name()).param("note", blank(form.note))
                .param("place", blank(form.place)).param("department", form.ownerDepartmentId)
                .param("by", viewer.username()).param("at", Timestamp.from(now())).param("item", itemId)
                .param("id", id).update();
        return queries.item(id, itemId);
    }

    /** Several answers in one transaction: all are kept, or none when one is invalid (named by its place in the list). */
    List<InspectionItemView> answerAll(long id, List<Long> itemIds, List<AnswerForm> forms, LedgerViewer viewer) {
        List<InspectionItemView> answered = new java.util.ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            try {
                answered.add(answer(id, itemIds.get(i), forms.get(i), viewer));
            } catch (RuleViolation invalid) {
                throw new RuleViolation("answers[" + i + "]." + invalid.field(), invalid.messageKey(), invalid.arguments());
            }
        }
        return answered;
    }

    EvidenceView addPhoto(long id, long itemId, MultipartFile file, LedgerViewer viewer) {
        Inspection inspection = answerable(id, viewer);
        queries.item(id, itemId);
        return evidence.store(RecordRef.of(ITEM_EVIDENCE, itemId), inspection.hospitalId(), file, viewer.username());
    }

    /** Signs the inspection off: every item answered, every required photo there; findings go to the ledger. */
    InspectionView submit(long id, SubmitForm form, LedgerViewer viewer) {
        Inspection inspection = answerable(id, viewer);
        InspectionView view = queries.get(id, viewer);
        view.items().stream().filter(i -> !i.answered()).findFirst().ifPresent(i -> {
            throw new RuleViolation("items", "validation.inspection.unanswered", i.position(), i.question());
        });
        view.items().stream().filter(InspectionItemView::missingPhoto).findFirst().ifPresent(i -> {
            throw new RuleViolation("items", "validation.inspection.photoMissing", i.position(), i.question());
        });
        List<InspectionItemView> findings = view.items().stream().filter(i -> i.outcome() == ItemOutcome.FINDING)
                .toList();
        int compliant = (int) view.items().stream().filter(i -> i.outcome() == ItemOutcome.COMPLIANT).count();
        Inspection submitted = inspections.save(inspection.submit(form.conclusion.trim(), compliant, findings.size(),
                now()));
        for (InspectionItemView item : findings) {
            long rectification = ledger.open(new Finding(inspection.hospitalId(), inspection.findingSource(),
                    "inspection:" + id, viewer.username(), inspection.conductorRegionId(),
                    inspection.conductorStationId(), null, item.place(), problem(item), item.severity(),
                    item.requirementId(), item.ownerDepartmentId(), null, null, null));
            jdbc.sql("update inspection_items set rectification_id = :r where id = :item").param("r", rectification)
                    .param("item", item.id()).update();
        }
        trail.add(ref(id), now(), viewer.username(), "SUBMITTED", form.conclusion, null, findings.size());
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Inspection", id, inspection.hospitalId(),
                Text.of("audit.inspection.submitted", findings.size())));
        // SUP-2 by inspection, RSK-2: the requirements this inspection answered are judged again now
        view.items().stream().map(InspectionItemView::requirementId).filter(java.util.Objects::nonNull).distinct()
                .forEach(requirement -> events.publishEvent(new com.safeward.compliance.ComplianceRecordsChanged(inspection.hospitalId(), requirement)));
        events.publishEvent(new com.safeward.compliance.ComplianceRecordsChanged(inspection.hospitalId(), "RSK-2"));
        events.publishEvent(new InspectionSubmitted(id, inspection.hospitalId(), view.templateName(),
                inspection.kind().byHospital(), findings.size()));
        return queries.get(submitted.id(), viewer);
    }

    private Inspection answerable(long id, LedgerViewer viewer) {
        Inspection inspection = queries.visible(id, viewer);
        if (!viewer.conducts(inspection)) {
            throw new RuleViolation("inspection", "validation.inspection.notYours");
        }
        inspection.requireInProgress();
        return inspection;
    }

    /** What the ledger item says: the question, and what the inspector saw. */
    private static String problem(InspectionItemView item) {
        String problem = "不符合「" + item.question() + "」" + (item.note() == null ? "" : "：" + item.note());
        return problem.length() <= 1000 ? problem : problem.substring(0, 1000);
    }

    static RecordRef ref(long id) {
        return RecordRef.of(TRAIL, id);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
