package com.safeward.ledger;

import jakarta.validation.Valid;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.Forms;

/** Checklist templates: list, one version with its items and versions, item editing. Same roles as {@link ChecklistApi}. */
@Controller
@RequestMapping("/checklists")
@AccessDeclaredBy(LedgerAccess.class)
class ChecklistPages {

    private final Checklists checklists;
    private final OrganizationDirectory directory;

    ChecklistPages(Checklists checklists, OrganizationDirectory directory) {
        this.checklists = checklists;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(LedgerAccess.CHECKLISTS)
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("templates", checklists.current(q));
        Forms.show(model, "form", new ChecklistTemplateForm());
        return "checklists/list";
    }

    @PostMapping
    @PreAuthorize(LedgerAccess.MAINTAIN)
    String create(@Valid @ModelAttribute("form") ChecklistTemplateForm form, BindingResult errors,
            @AuthenticationPrincipal Actor actor, Model model) {
        return Forms.submit(errors, () -> "redirect:/checklists/" + checklists.create(form, actor).id(), () -> {
            model.addAttribute("templates", checklists.current(null));
            model.addAttribute("formOpen", true);
            return "checklists/list";
        });
    }

    @GetMapping("/{id}")
    @PreAuthorize(LedgerAccess.CHECKLISTS)
    String detail(@PathVariable long id, @AuthenticationPrincipal Actor actor, Model model) {
        Forms.show(model, "itemForm", new ChecklistItemForm());
        return showDetail(id, actor, model);
    }

    @PostMapping("/{id}/items")
    @PreAuthorize(LedgerAccess.MAINTAIN)
    String addItem(@PathVariable long id, @Valid @ModelAttribute("itemForm") ChecklistItemForm form,
            BindingResult errors, @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long version = checklists.addItem(id, form, actor).id();
            redirect.addFlashAttribute("notice", "notice.checklistVersion");
            return "redirect:/checklists/" + version;
        }, () -> {
            model.addAttribute("formOpen", true);
            return showDetail(id, actor, model);
        });
    }

    @PostMapping("/{id}/items/{itemId}/remove")
    @PreAuthorize(LedgerAccess.MAINTAIN)
    String removeItem(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        long[] version = {id};
        String back = Forms.act(redirect, "/checklists/" + id,
                () -> version[0] = checklists.removeItem(id, itemId, null, actor).id());
        return version[0] == id ? back : "redirect:/checklists/" + version[0];
    }

    @PostMapping("/{id}/hospital-items")
    @PreAuthorize(LedgerAccess.OWN_ITEMS)
    String addHospitalItem(@PathVariable long id, @Valid @ModelAttribute("itemForm") ChecklistItemForm form,
            BindingResult errors, @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            checklists.addHospitalItem(id, hospitalOf(actor, form.hospitalId), form, actor, directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/checklists/" + id;
        }, () -> {
            model.addAttribute("formOpen", true);
            return showDetail(id, actor, model);
        });
    }

    @PostMapping("/{id}/hospital-items/{itemId}/remove")
    @PreAuthorize(LedgerAccess.OWN_ITEMS)
    String removeHospitalItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        return Forms.act(redirect, "/checklists/" + id,
                () -> checklists.removeHospitalItem(itemId, directory.currentScope()));
    }

    private String showDetail(long id, Actor actor, Model model) {
        Long hospital = actor.hospitalId();
        ChecklistTemplateView template = checklists.get(id, hospital);
        model.addAttribute("template", template);
        model.addAttribute("versions", checklists.versions(template.code()));
        model.addAttribute("editable", template.current() && checklists.mayEdit(template, actor));
        model.addAttribute("ownItems", template.current() && hospital != null);
        model.addAttribute("answerTypes", AnswerType.values());
        model.addAttribute("severities", Severity.values());
        return "checklists/detail";
    }

    private static long hospitalOf(Actor actor, Long asked) {
        return asked != null ? asked : actor.hospitalId() == null ? -1 : actor.hospitalId();
    }
}
