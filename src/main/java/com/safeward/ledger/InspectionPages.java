package com.safeward.ledger;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.evidence.EvidenceStore;
import com.safeward.kernel.RecordRef;
import com.safeward.kernel.RuleViolation;
import com.safeward.organizations.Actor;
import com.safeward.organizations.Affiliation;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/**
 * Inspections on a phone or a desktop (SUP-2): the list, starting one, answering item by item with
 * photos, signing off, results per hospital and checklist. Same roles and visibility as {@link InspectionApi}.
 */
@Controller
@RequestMapping("/inspections")
@AccessDeclaredBy(LedgerAccess.class)
class InspectionPages {

    private final Inspecting inspecting;
    private final InspectionQueries queries;
    private final Checklists checklists;
    private final EvidenceStore evidence;
    private final OrganizationDirectory directory;

    InspectionPages(Inspecting inspecting, InspectionQueries queries, Checklists checklists, EvidenceStore evidence,
            OrganizationDirectory directory) {
        this.inspecting = inspecting;
        this.queries = queries;
        this.checklists = checklists;
        this.evidence = evidence;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(LedgerAccess.INSPECTIONS)
    String list(@ModelAttribute("filter") InspectionQueries.InspectionFilter filter,
            @PageableDefault(size = 20) Pageable pageable, @AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("page", queries.list(filter, viewer(actor), pageable));
        model.addAttribute("hospitals", directory.hospitalChoices(directory.currentScope()));
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("statuses", InspectionStatus.values());
        return "inspections/list";
    }

    @GetMapping("/results")
    @PreAuthorize(LedgerAccess.INSPECTIONS)
    String results(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("results", queries.results(viewer(actor)));
        return "inspections/results";
    }

    @GetMapping("/new")
    @PreAuthorize(LedgerAccess.INSPECT)
    String newInspection(@RequestParam(required = false) Long hospitalId, @RequestParam(required = false) Long templateId,
            @AuthenticationPrincipal Actor actor, Model model) {
        InspectionForm form = new InspectionForm();
        var hospitals = directory.hospitalChoices(directory.currentScope());
        form.hospitalId = hospitalId != null ? hospitalId : hospitals.size() == 1 ? hospitals.get(0).id() : null;
        form.templateId = templateId;
        form.kind = actor.role().affiliation() == Affiliation.HOSPITAL ? InspectionKind.SELF_CHECK : InspectionKind.INSPECTION;
        Forms.show(model, "form", form);
        return form(model, actor);
    }

    @PostMapping
    @PreAuthorize(LedgerAccess.INSPECT)
    String start(@Valid @ModelAttribute("form") InspectionForm form, BindingResult errors,
            @AuthenticationPrincipal Actor actor, Model model) {
        return Forms.submit(errors, () -> "redirect:/inspections/" + inspecting.start(form, viewer(actor)).id(),
                () -> form(model, actor));
    }

    @GetMapping("/{id}")
    @PreAuthorize(LedgerAccess.INSPECTIONS)
    String detail(@PathVariable long id, @AuthenticationPrincipal Actor actor, Model model) {
        LedgerViewer viewer = viewer(actor);
        InspectionView inspection = queries.get(id, viewer);
        model.addAttribute("inspection", inspection);
        model.addAttribute("answerable", inspection.status() == InspectionStatus.IN_PROGRESS
                && viewer.conducts(queries.visible(id, viewer)));
        model.addAttribute("departments", directory.departmentChoices(inspection.hospitalId()));
        Forms.show(model, "submitForm", new SubmitForm());
        return "inspections/detail";
    }

    /** One item's answer, with a photo when one is chosen; back to the item. */
    @PostMapping("/{id}/answers/{itemId}")
    @PreAuthorize(LedgerAccess.INSPECT)
    String answer(@PathVariable long id, @PathVariable long itemId, @ModelAttribute AnswerForm form,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        LedgerViewer viewer = viewer(actor);
        try {
            inspecting.answer(id, itemId, form, viewer);
            if (file != null && !file.isEmpty()) {
                inspecting.addPhoto(id, itemId, file, viewer);
            }
        } catch (RuleViolation invalid) {
            redirect.addFlashAttribute("itemError", invalid.messageKey());
            redirect.addFlashAttribute("itemErrorId", itemId);
        }
        return "redirect:/inspections/" + id + "#item-" + itemId;
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize(LedgerAccess.INSPECT)
    String submit(@PathVariable long id, @Valid @ModelAttribute("submitForm") SubmitForm form, BindingResult errors,
            @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            inspecting.submit(id, form, viewer(actor));
            redirect.addFlashAttribute("notice", "notice.inspectionSubmitted");
            return "redirect:/inspections/" + id;
        }, () -> {
            LedgerViewer viewer = viewer(actor);
            InspectionView inspection = queries.get(id, viewer);
            model.addAttribute("inspection", inspection);
            model.addAttribute("answerable", true);
            model.addAttribute("departments", directory.departmentChoices(inspection.hospitalId()));
            return "inspections/detail";
        });
    }

    @GetMapping("/{id}/items/{itemId}/photos/{fileId}")
    @PreAuthorize(LedgerAccess.INSPECTIONS)
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long itemId, @PathVariable long fileId,
            @AuthenticationPrincipal Actor actor) {
        Inspection inspection = queries.visible(id, viewer(actor));
        queries.item(id, itemId);
        return evidence.download(RecordRef.of(Inspecting.ITEM_EVIDENCE, itemId), fileId, inspection.hospitalId())
                .asDownload();
    }

    private String form(Model model, Actor actor) {
        model.addAttribute("hospitals", directory.hospitalChoices(directory.currentScope()));
        InspectionForm form = (InspectionForm) model.getAttribute("form");
        model.addAttribute("templates", form != null && form.hospitalId != null && directory.currentScope()
                .includes(form.hospitalId) ? checklists.usableAt(form.hospitalId) : checklists.current(null));
        boolean hospital = actor.role().affiliation() == Affiliation.HOSPITAL;
        model.addAttribute("kinds", java.util.Arrays.stream(InspectionKind.values())
                .filter(k -> actor.role().affiliation() == Affiliation.SYSTEM || k.byHospital() == hospital).toList());
        return "inspections/form";
    }

    private LedgerViewer viewer(Actor actor) {
        return LedgerViewer.of(actor, directory.currentScope());
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem inspectionsNavigation() {
            return NavigationItem.of("nav.inspections", "/inspections", 30, LedgerAccess.INSPECTIONS);
        }

        @Bean
        NavigationItem checklistsNavigation() {
            return NavigationItem.of("nav.checklists", "/checklists", 32, LedgerAccess.CHECKLISTS);
        }
    }

}
