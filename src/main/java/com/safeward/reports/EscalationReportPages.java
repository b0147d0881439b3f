package com.safeward.reports;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.organizations.OrganizationDirectory;
import com.safeward.texts.DisplayTimes;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.AccessRules;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;
import com.safeward.web.PageResponse;

/**
 * Escalation reports, page and API. Read: the hospital's security officer, leaders and admin,
 * and regulators and political-legal committees of its region, within scope. Submit: the
 * hospital's security officer or leader. Receive: a regulator or committee.
 */
@Controller
@Tag(name = "Escalation reports", description = "INC-6: reports owed, their deadlines, submission and receipt")
@AccessDeclaredBy(ReportAccess.class)
class EscalationReportPages {

    private final EscalationReports reports;
    private final OrganizationDirectory directory;
    private final AccessRules access;

    private final DisplayTimes times;

    EscalationReportPages(EscalationReports reports, OrganizationDirectory directory, AccessRules access,
            DisplayTimes times) {
        this.access = access;
        this.times = times;
        this.reports = reports;
        this.directory = directory;
    }

    @GetMapping("/reports")
    @PreAuthorize(ReportAccess.READ)
    String list(@RequestParam(defaultValue = "ALL") EscalationReports.State state,
            @RequestParam(required = false) Long hospitalId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("state", state);
        model.addAttribute("states", EscalationReports.State.values());
        model.addAttribute("hospitalId", hospitalId);
        model.addAttribute("from", from);
        model.addAttribute("hospitals", directory.hospitalChoices(directory.currentScope()));
        model.addAttribute("page", reports.list(new EscalationReports.Filter(state, hospitalId,
                from == null ? null : times.startOf(from)), directory.currentScope(), pageable));
        return "reports/list";
    }

    /** INC-6: the report form, generated from the incident, completed and printed by the hospital. */
    @GetMapping("/reports/{id}")
    @PreAuthorize(ReportAccess.READ)
    String form(@PathVariable long id, Model model) {
        model.addAttribute("report", reports.get(id, directory.currentScope()));
        return "reports/form";
    }

    @PostMapping("/reports/{id}/content")
    @PreAuthorize(ReportAccess.SUBMIT)
    String edit(@PathVariable long id, @RequestParam(required = false) String content, Authentication auth,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/reports/" + id, () -> reports.edit(id, content, auth.getName(),
                directory.currentScope()));
    }

    record Content(String content) {
    }

    @org.springframework.web.bind.annotation.PutMapping("/api/v1/escalation-reports/{id}/content")
    @PreAuthorize(ReportAccess.SUBMIT)
    @ResponseBody
    @Operation(summary = "Complete the report's text before it is submitted (INC-6); audited with before and after")
    EscalationReportView editApi(@PathVariable long id, @org.springframework.web.bind.annotation.RequestBody Content content,
            Authentication auth) {
        return reports.edit(id, content.content(), auth.getName(), directory.currentScope());
    }

    @PostMapping("/reports/{id}/submit")
    @PreAuthorize(ReportAccess.SUBMIT)
    String submit(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        return Forms.act(redirect, "/reports", () -> reports.submit(id, auth.getName(), directory.currentScope()));
    }

    @PostMapping("/reports/{id}/receive")
    @PreAuthorize(ReportAccess.RECEIVE)
    String receive(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        return Forms.act(redirect, "/reports", () -> reports.receive(id, auth.getName(), directory.currentScope()));
    }

    @GetMapping("/api/v1/escalation-reports")
    @PreAuthorize(ReportAccess.READ)
    @ResponseBody
    @Operation(summary = "Reports owed in your scope (INC-5): PENDING, OVERDUE, ON_TIME (submitted by the deadline) "
            + "or ALL, optionally of one hospital and due from an instant on; unsubmitted first, an incident's "
            + "reports together, each by due time")
    PageResponse<EscalationReportView> api(@RequestParam(defaultValue = "ALL") EscalationReports.State state,
            @RequestParam(required = false) Long hospitalId, @RequestParam(required = false) Instant dueFrom,
            @ParameterObject Pageable pageable) {
        return PageResponse.of(reports.list(new EscalationReports.Filter(state, hospitalId, dueFrom),
                directory.currentScope(), pageable), r -> r);
    }

    @GetMapping("/api/v1/escalation-reports/{id}")
    @PreAuthorize(ReportAccess.READ)
    @ResponseBody
    EscalationReportView get(@PathVariable long id) {
        return reports.get(id, directory.currentScope());
    }

    @PostMapping("/api/v1/escalation-reports/{id}/submit")
    @PreAuthorize(ReportAccess.SUBMIT)
    @ResponseBody
    EscalationReportView submitApi(@PathVariable long id, Authentication auth) {
        return reports.submit(id, auth.getName(), directory.currentScope());
    }

    @PostMapping("/api/v1/escalation-reports/{id}/receive")
    @PreAuthorize(ReportAccess.RECEIVE)
    @ResponseBody
    EscalationReportView receiveApi(@PathVariable long id, Authentication auth) {
        return reports.receive(id, auth.getName(), directory.currentScope());
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem reportsNavigation() {
            return NavigationItem.of("nav.reports", "/reports", 12, ReportAccess.READ);
        }
    }
}
