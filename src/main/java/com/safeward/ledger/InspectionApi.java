package com.safeward.ledger;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.safeward.evidence.EvidenceView;
import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.BodyValidator;
import com.safeward.web.PageResponse;

/**
 * Inspections (SUP-2). Read: the hospital's management, regulators and police in their scope; an
 * unannounced visit (暗访) in progress only by the body making it (404 to everyone else). Start,
 * answer, sign off: the hospital's security officers and leaders (self-checks only), regulators,
 * committees and police (inspections, spot checks, unannounced visits); only the body making it answers.
 */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Inspections", description = "SUP-2: self-checks, inspections, spot checks, unannounced visits; findings go to the ledger (RSK-2)")
class InspectionApi {

    private final Inspecting inspecting;
    private final InspectionQueries queries;
    private final OrganizationDirectory directory;
    private final BodyValidator validator;

    InspectionApi(Inspecting inspecting, InspectionQueries queries, OrganizationDirectory directory,
            BodyValidator validator) {
        this.inspecting = inspecting;
        this.queries = queries;
        this.directory = directory;
        this.validator = validator;
    }

    @GetMapping
    @PreAuthorize(LedgerAccess.INSPECTIONS)
    PageResponse<InspectionView> list(@ParameterObject InspectionQueries.InspectionFilter filter,
            @ParameterObject Pageable pageable, @AuthenticationPrincipal Actor actor) {
        return PageResponse.of(queries.list(filter, viewer(actor), pageable), i -> i);
    }

    @GetMapping("/results")
    @PreAuthorize(LedgerAccess.INSPECTIONS)
    @Operation(summary = "Results per hospital and checklist: inspections, latest score (%), latest findings, last six scores")
    List<InspectionQueries.Result> results(@AuthenticationPrincipal Actor actor) {
        return queries.results(viewer(actor));
    }

    @GetMapping("/{id}")
    @PreAuthorize(LedgerAccess.INSPECTIONS)
    InspectionView get(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return queries.get(id, viewer(actor));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(LedgerAccess.INSPECT)
    @Operation(summary = "Start an inspection with the current version of a checklist usable at the hospital")
    InspectionView start(@Valid @RequestBody InspectionForm form, @AuthenticationPrincipal Actor actor) {
        return inspecting.start(form, viewer(actor));
    }

    @PutMapping("/{id}/answers/{itemId}")
    @PreAuthorize(LedgerAccess.INSPECT)
    @Operation(summary = "Answer an item: YES/NO, a number or text, or NA; finding=true marks a text item as not holding")
    InspectionItemView answer(@PathVariable long id, @PathVariable long itemId,
            @RequestBody(required = false) AnswerForm form, @AuthenticationPrincipal Actor actor) {
        LedgerViewer viewer = viewer(actor);
        queries.visible(id, viewer); // 404 outside the scope, before the body is looked at
        return inspecting.answer(id, itemId, validator.valid(form == null ? new AnswerForm() : form), viewer);
    }

    /** One answer of a batch: the item it answers, and the answer as {@link AnswerForm} takes it. */
    record ItemAnswer(Long itemId, String answer, Boolean finding, String note, String place, Long ownerDepartmentId) {

        AnswerForm form() {
            AnswerForm form = new AnswerForm();
            form.answer = answer;
            form.finding = Boolean.TRUE.equals(finding);
            form.note = note;
            form.place = place;
            form.ownerDepartmentId = ownerDepartmentId;
            return form;
        }
    }

    @PostMapping("/{id}/answers")
    @PreAuthorize(LedgerAccess.INSPECT)
    @Operation(summary = "Answer several items at once (an app syncing what was answered offline); all or none: "
            + "the first invalid answer is named as answers[i].<field>")
    List<InspectionItemView> answers(@PathVariable long id, @RequestBody(required = false) List<ItemAnswer> answers,
            @AuthenticationPrincipal Actor actor) {
        LedgerViewer viewer = viewer(actor);
        queries.visible(id, viewer);
        List<AnswerForm> forms = new java.util.ArrayList<>();
        List<ItemAnswer> given = answers == null ? List.of() : answers;
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null || given.get(i).itemId() == null) {
                throw new com.safeward.kernel.RuleViolation("answers[" + i + "].itemId", "validation.inspection.itemId");
            }
            forms.add(validator.valid(given.get(i).form()));
        }
        return inspecting.answerAll(id, given.stream().map(ItemAnswer::itemId).toList(), forms, viewer);
    }

    @PostMapping(value = "/{id}/answers/{itemId}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(LedgerAccess.INSPECT)
    @Operation(summary = "A photo of the item (JPEG, PNG, WebP; recognised by content, size-limited)")
    EvidenceView photo(@PathVariable long id, @PathVariable long itemId,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal Actor actor) {
        return inspecting.addPhoto(id, itemId, file, viewer(actor));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize(LedgerAccess.INSPECT)
    @Operation(summary = "Sign off: every item answered and every required photo there; each finding opens a ledger item")
    InspectionView submit(@PathVariable long id, @RequestBody(required = false) SubmitForm form,
            @AuthenticationPrincipal Actor actor) {
        LedgerViewer viewer = viewer(actor);
        queries.visible(id, viewer);
        return inspecting.submit(id, validator.valid(form == null ? new SubmitForm() : form), viewer);
    }

    private LedgerViewer viewer(Actor actor) {
        return LedgerViewer.of(actor, directory.currentScope());
    }
}
