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
 * alarm (the console sounds). The page then says what is true: security has been told; that a
 * guard is coming only once one is sent (the page follows the user's notifications live). Roles:
 * {@link IncidentAccess#RAISE_CONCERN}; the places of the user's own hospital.
 */
@Controller
class ConcernPages {

    /** How far back the page shows the user's own reports and what became of them. */
    static final java.time.Duration OWN_REPORTS = java.time.Duration.ofHours(12);

    private final IncidentManagement incidents;
    private final IncidentQueries queries;
    private final OrganizationDirectory directory;
    private final java.time.Clock clock;

    ConcernPages(IncidentManagement incidents, IncidentQueries queries, OrganizationDirectory directory,
            java.time.Clock clock) {
        this.incidents = incidents;
        this.queries = queries;
        this.directory = directory;
        this.clock = clock;
    }

    /** Tap one: the places of the hospital as big buttons; below, the user's recent reports and their state. */
    @GetMapping("/concern")
    @PreAuthorize(IncidentAccess.RAISE_CONCERN)
    String concern(@AuthenticationPrincipal Actor actor, Model model) {
        long hospital = actor.hospitalId() == null ? -1 : actor.hospitalId();
        model.addAttribute("areas", directory.areaChoices(hospital, actor.departmentId()));
        model.addAttribute("ownAreas", directory.departmentAreaIds(hospital, actor.departmentId()));
        model.addAttribute("ownReports", queries.reportedBy(actor.username(), java.time.Instant.now(clock).minus(OWN_REPORTS)));
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
