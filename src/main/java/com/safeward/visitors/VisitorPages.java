package com.safeward.visitors;

import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.personaldata.DocumentType;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/**
 * The ward front desk's page (WL-2, N-4.1; hospital staff of their own hospital): visitors are
 * registered by real name and screened in the same step. Roles: {@link VisitorAccess}.
 */
@Controller
class VisitorPages {

    private final VisitorCheckins visitors;
    private final OrganizationDirectory directory;

    VisitorPages(VisitorCheckins visitors, OrganizationDirectory directory) {
        this.visitors = visitors;
        this.directory = directory;
    }

    @GetMapping("/visitors")
    @PreAuthorize(VisitorAccess.CHECK_IN)
    String desk(@AuthenticationPrincipal Actor actor, Model model) {
        VisitorForm form = new VisitorForm();
        if (actor.hospitalId() != null) {
            form.departmentId = visitors.lastWardOf(actor.username(), actor.hospitalId()).orElse(null);
        }
        Forms.show(model, "form", form);
        return deskPage(actor, model);
    }

    @PostMapping("/visitors")
    @PreAuthorize(VisitorAccess.CHECK_IN)
    String checkIn(@Valid @ModelAttribute("form") VisitorForm form, BindingResult errors,
            @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            VisitorView visit = visitors.checkIn(form, actor);
            redirect.addFlashAttribute("checkedIn", visit);
            return "redirect:/visitors";
        }, () -> deskPage(actor, model));
    }

    @PostMapping("/visitors/{id}/out")
    @PreAuthorize(VisitorAccess.CHECK_IN)
    String checkOut(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.act(redirect, "/visitors", () -> visitors.checkOut(id, directory.currentScope()));
    }

    private String deskPage(Actor actor, Model model) {
        long hospital = actor.hospitalId() == null ? -1 : actor.hospitalId();
        model.addAttribute("wards", directory.wardChoices(hospital));
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("visits", visitors.today(hospital));
        return "visitors/desk";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem visitorsNavigation() {
            return NavigationItem.of("nav.visitors", "/visitors", 22, VisitorAccess.CHECK_IN);
        }

    }
}
