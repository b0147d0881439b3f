package com.safeward.compliance;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/** Supervision actions' pages (SUP-3): the list, recording one with documents, one with the hospital's response. */
@Controller
@RequestMapping("/supervision")
@AccessDeclaredBy(ComplianceAccess.class)
class SupervisionPages {

    private final Supervision supervision;
    private final OrganizationDirectory directory;

    SupervisionPages(Supervision supervision, OrganizationDirectory directory) {
        this.supervision = supervision;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(ComplianceAccess.SUPERVISION)
    String list(@RequestParam(required = false) Long hospitalId, Model model) {
        model.addAttribute("actions", supervision.list(hospitalId, directory.currentScope()));
        return "supervision/list";
    }

    @GetMapping("/new")
    @PreAuthorize(ComplianceAccess.SUPERVISE)
    String newAction(@RequestParam(required = false) Long hospitalId, Model model) {
        SupervisionForm form = new SupervisionForm();
        form.hospitalId = hospitalId;
        form.kind = SupervisionKind.GUIDANCE;
        Forms.show(model, "form", form);
        return form(model);
    }

    @PostMapping
    @PreAuthorize(ComplianceAccess.SUPERVISE)
    String take(@Valid @ModelAttribute("form") SupervisionForm form, BindingResult errors,
            @RequestParam(required = false) List<MultipartFile> file, @AuthenticationPrincipal Actor actor, Model model) {
        return Forms.submit(errors, () -> "redirect:/supervision/"
                + supervision.take(form, file, actor, directory.currentScope()).id(), () -> form(model));
    }

    @GetMapping("/{id}")
    @PreAuthorize(ComplianceAccess.SUPERVISION)
    String detail(@PathVariable long id, @AuthenticationPrincipal Actor actor, Model model) {
        Supervision.ActionView action = supervision.get(id, directory.currentScope());
        model.addAttribute("action", action);
        model.addAttribute("mayRespond", actor.hospitalId() != null && actor.hospitalId() == action.hospitalId());
        return "supervision/detail";
    }

    @PostMapping("/{id}/response")
    @PreAuthorize(ComplianceAccess.RESPOND)
    String respond(@PathVariable long id, @RequestParam(required = false) String response,
            @RequestParam(required = false) List<MultipartFile> file, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/supervision/" + id,
                () -> supervision.respond(id, response, file, actor, directory.currentScope()));
    }

    @GetMapping("/{id}/documents/{fileId}")
    @PreAuthorize(ComplianceAccess.SUPERVISION)
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long fileId) {
        return supervision.document(id, fileId, directory.currentScope()).asDownload();
    }

    private String form(Model model) {
        model.addAttribute("hospitals", directory.hospitalChoices(directory.currentScope()));
        model.addAttribute("kinds", SupervisionKind.values());
        return "supervision/form";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem supervisionNavigation() {
            return NavigationItem.of("nav.supervision", "/supervision", 17, ComplianceAccess.SUPERVISION);
        }
    }
}
