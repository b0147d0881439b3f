package com.safeward.watchlist;

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

import com.safeward.incidents.IncidentManagement;
import com.safeward.incidents.IncidentType;
import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.personaldata.DocumentType;
import com.safeward.web.Forms;
import com.safeward.kernel.RuleViolation;
import com.safeward.web.NavigationItem;

/**
 * The front desk's pages (hospital staff of their own hospital): WL-2 ward visitor check-in with
 * screening in the same step, and WL-4 "drunk or violent patient" raised in two taps (open the
 * page, tap the place), which reports an incident and notifies security and the monitoring center.
 */
@Controller
class VisitorPages {

    private final VisitorCheckins visitors;
    private final IncidentManagement incidents;
    private final OrganizationDirectory directory;

    VisitorPages(VisitorCheckins visitors, IncidentManagement incidents, OrganizationDirectory directory) {
        this.visitors = visitors;
        this.incidents = incidents;
        this.directory = directory;
    }

    @GetMapping("/visitors")
    @PreAuthorize(WatchlistAccess.CHECK_IN)
    String desk(@AuthenticationPrincipal Actor actor, Model model) {
        Forms.show(model, "form", new VisitorForm());
        return deskPage(actor, model);
    }

    @PostMapping("/visitors")
    @PreAuthorize(WatchlistAccess.CHECK_IN)
    String checkIn(@Valid @ModelAttribute("form") VisitorForm form, BindingResult errors,
            @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            VisitorView visit = visitors.checkIn(form, actor);
            redirect.addFlashAttribute("checkedIn", visit);
            return "redirect:/visitors";
        }, () -> deskPage(actor, model));
    }

    @PostMapping("/visitors/{id}/out")
    @PreAuthorize(WatchlistAccess.CHECK_IN)
    String checkOut(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.act(redirect, "/visitors", () -> visitors.checkOut(id, directory.currentScope()));
    }

    private String deskPage(Actor actor, Model model) {
        long hospital = actor.hospitalId() == null ? -1 : actor.hospitalId();
        model.addAttribute("wards", directory.departmentChoices(hospital));
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("visits", visitors.today(hospital));
        return "watchlist/visitors";
    }

    /** WL-4, tap one: the places of the hospital as big buttons. */
    @GetMapping("/concern")
    @PreAuthorize(WatchlistAccess.RAISE_CONCERN)
    String concern(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("areas", directory.areaChoices(actor.hospitalId() == null ? -1 : actor.hospitalId()));
        return "watchlist/concern";
    }

    /** WL-4, tap two: the place; security is told at once, as for an alarm. */
    @PostMapping("/concern")
    @PreAuthorize(WatchlistAccess.RAISE_CONCERN)
    String raiseConcern(@org.springframework.web.bind.annotation.RequestParam long areaId,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        if (actor.hospitalId() == null) {
            throw new RuleViolation("areaId", "validation.hospital.unknown");
        }
        return Forms.act(redirect, "/concern", () -> {
            long incident = incidents.reportFor(actor.hospitalId(), areaId, IncidentType.DRUNK_OR_VIOLENT_PATIENT,
                    "非急诊患者醉酒或暴力（" + actor.displayName() + " 一键上报）", actor.username());
            redirect.addFlashAttribute("raisedIncident", incident);
        });
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem visitorsNavigation() {
            return NavigationItem.forRoles("nav.visitors", "/visitors", 22, "MEDICAL_STAFF", "SECURITY_OFFICER",
                    "MONITORING_OPERATOR", "GUARD");
        }

        @Bean
        NavigationItem concernNavigation() {
            return NavigationItem.forRoles("nav.concern", "/concern", 1, "MEDICAL_STAFF", "GUARD", "COMPLAINTS_OFFICER",
                    "SECURITY_OFFICER", "MONITORING_OPERATOR");
        }
    }
}
