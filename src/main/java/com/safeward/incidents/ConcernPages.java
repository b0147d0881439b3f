package com.safeward.incidents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.kernel.RuleViolation;
import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/**
 * WL-4: a drunk or violent patient raised in two taps from a phone (open the page, tap the place):
 * an incident is reported and security and the monitoring center are told at once, as for an
 * alarm. Roles: {@link IncidentAccess#RAISE_CONCERN}; the places of the user's own hospital.
 */
@Controller
class ConcernPages {

    private final IncidentManagement incidents;
    private final OrganizationDirectory directory;

    ConcernPages(IncidentManagement incidents, OrganizationDirectory directory) {
        this.incidents = incidents;
        this.directory = directory;
    }

    /** Tap one: the places of the hospital as big buttons. */
    @GetMapping("/concern")
    @PreAuthorize(IncidentAccess.RAISE_CONCERN)
    String concern(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("areas", directory.areaChoices(actor.hospitalId() == null ? -1 : actor.hospitalId()));
        return "incidents/concern";
    }

    /** Tap two: the place. */
    @PostMapping("/concern")
    @PreAuthorize(IncidentAccess.RAISE_CONCERN)
    String raiseConcern(@RequestParam long areaId, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        if (actor.hospitalId() == null) {
            throw new RuleViolation("areaId", "validation.hospital.unknown");
        }
        return Forms.act(redirect, "/concern", () -> redirect.addFlashAttribute("raisedIncident",
                incidents.reportFor(actor.hospitalId(), areaId, IncidentType.DRUNK_OR_VIOLENT_PATIENT, null,
                        actor.username())));
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem concernNavigation() {
            return NavigationItem.of("nav.concern", "/concern", 1, IncidentAccess.RAISE_CONCERN);
        }
    }
}
