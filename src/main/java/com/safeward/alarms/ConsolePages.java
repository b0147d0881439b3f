package com.safeward.alarms;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.kernel.RuleViolation;
import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.AccessRules;
import com.safeward.web.NavigationItem;

/**
 * The monitoring-center console (安全监控中心): open alarms, updated live over SSE with sound and
 * highlight; acknowledge and reset. Same roles and scope as {@link AlarmApi}: the police of a
 * hospital's station see its panic and intrusion alarms and record that they dispatched officers;
 * regulators watch, without sound unless they turn it on (TEC-7).
 */
@Controller
@RequestMapping("/console")
@AccessDeclaredBy(AlarmAccess.class)
class ConsolePages {

    private final AlarmHandling handling;
    private final AlarmStream stream;
    private final OrganizationDirectory directory;
    private final AccessRules access;

    private final com.safeward.incidents.IncidentManagement incidents;

    ConsolePages(AlarmHandling handling, AlarmStream stream, OrganizationDirectory directory, AccessRules access,
            com.safeward.incidents.IncidentManagement incidents) {
        this.incidents = incidents;
        this.access = access;
        this.handling = handling;
        this.stream = stream;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(AlarmAccess.READ)
    String console(Model model) {
        // the list as of this frame; the stream continues from it, so nothing falls in between
        model.addAttribute("streamFrom", stream.position());
        return alarms(model, "alarms/console");
    }

    /** The open-alarm list alone, re-fetched by the page when the stream says something changed. */
    @GetMapping("/alarms")
    @PreAuthorize(AlarmAccess.READ)
    String openAlarms(Model model) {
        return alarms(model, "alarms/console :: alarm-list");
    }

    @GetMapping(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(AlarmAccess.READ)
    void stream(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        stream.subscribe(viewer(), request, response);
    }

    /** TEC-7: the police record that officers are on their way; the hospital's console shows it live. */
    @PostMapping("/alarms/{id}/police")
    @PreAuthorize(AlarmAccess.POLICE)
    String policeDispatched(@PathVariable long id, @RequestParam(required = false) String note,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        if (note != null && note.length() > 500) {
            redirect.addFlashAttribute("alarmError", "validation.alarm.noteTooLong");
            redirect.addFlashAttribute("alarmErrorId", id);
            return "redirect:/console";
        }
        handling.recordPoliceDispatched(id, note, actor.username(), viewer());
        redirect.addFlashAttribute("notice", "notice.policeDispatched");
        return "redirect:/console";
    }

    /** 上报警情: the console acknowledges a staff report (security has it); the reporter's page shows it. */
    @PostMapping("/incidents/{id}/acknowledge")
    @PreAuthorize(AlarmAccess.ACT)
    String acknowledgeReport(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        incidents.acknowledge(id, actor.username(), directory.currentScope());
        return "redirect:/console";
    }

    /** 上报警情: a guard is sent to the report's place; only now does the reporter read "a guard is coming". */
    @PostMapping("/incidents/{id}/dispatch")
    @PreAuthorize(AlarmAccess.ACT)
    String dispatchToReport(@PathVariable long id, @RequestParam(required = false) String guard,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        try {
            incidents.sendGuard(id, guard, actor.username(), directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.guardDispatched");
        } catch (RuleViolation ex) {
            redirect.addFlashAttribute("reportError", ex.messageKey());
            redirect.addFlashAttribute("reportErrorId", id);
        }
        return "redirect:/console";
    }

    @PostMapping("/alarms/{id}/acknowledge")
    @PreAuthorize(AlarmAccess.ACT)
    String acknowledge(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        handling.acknowledge(id, actor.username(), directory.currentScope());
        return "redirect:/console";
    }

    @PostMapping("/alarms/{id}/dispatch")
    @PreAuthorize(AlarmAccess.ACT)
    String dispatch(@PathVariable long id, @RequestParam(required = false) String guard,
            @RequestParam(required = false) String instructions, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        try {
            handling.dispatch(id, guard, instructions, actor.username(), directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.guardDispatched");
        } catch (RuleViolation ex) {
            redirect.addFlashAttribute("alarmError", ex.messageKey());
            redirect.addFlashAttribute("alarmErrorId", id);
        }
        return "redirect:/console";
    }

    @PostMapping("/alarms/{id}/incident")
    @PreAuthorize(AlarmAccess.ACT)
    String escalate(@PathVariable long id, @RequestParam(required = false) String description,
            @AuthenticationPrincipal Actor actor) {
        long incident = handling.escalateToIncident(id, description, actor.username(), directory.currentScope());
        return "redirect:/incidents/" + incident;
    }

    @PostMapping("/alarms/{id}/clear")
    @PreAuthorize(AlarmAccess.ACT)
    String clear(@PathVariable long id, @RequestParam(required = false) String note,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        try {
            handling.clear(id, note, actor.username(), directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.alarmCleared");
        } catch (RuleViolation ex) {
            redirect.addFlashAttribute("alarmError", ex.messageKey());
            redirect.addFlashAttribute("alarmErrorId", id);
        }
        return "redirect:/console";
    }

    private String alarms(Model model, String view) {
        AlarmViewer viewer = viewer();
        var open = handling.list(AlarmHandling.State.OPEN, null, null, viewer, PageRequest.of(0, 200));
        var alarms = open.getContent();
        model.addAttribute("alarms", alarms);
        model.addAttribute("openTotal", open.getTotalElements());
        model.addAttribute("unacknowledgedTotal", handling.count(AlarmHandling.State.UNACKNOWLEDGED, viewer));
        java.util.Map<Long, java.util.List<String>> guards = new java.util.HashMap<>();
        java.util.List<com.safeward.incidents.StaffReport> reports = java.util.List.of();
        if (!viewer.policeOnly()) { // only the hospital's own people answer staff reports and send its guards
            reports = incidents.awaitingSecurity(viewer.scope());
            alarms.forEach(a -> guards.computeIfAbsent(a.hospitalId(), handling::guardsOf));
            reports.forEach(r -> guards.computeIfAbsent(r.hospitalId(), handling::guardsOf));
        }
        model.addAttribute("reports", reports);
        model.addAttribute("guards", guards);
        return view;
    }

    private AlarmViewer viewer() {
        return AlarmViewer.of(OrganizationDirectory.currentActor().orElse(null), directory.currentScope());
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem consoleNavigation() {
            return NavigationItem.of("nav.console", "/console", 5, AlarmAccess.READ);
        }
    }
}
