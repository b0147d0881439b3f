package com.safeward.incidents;

import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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

import com.safeward.evidence.EvidenceStore;
import com.safeward.kernel.RuleViolation;
import com.safeward.mediaplans.MediaPlans;
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.AccessRules;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/** Incident pages: report from a phone, the list (refreshing itself), the incident with its actions. Roles as {@link IncidentApi}. */
@Controller
@RequestMapping("/incidents")
@AccessDeclaredBy(IncidentAccess.class)
class IncidentPages {

    private final IncidentManagement incidents;
    private final IncidentQueries queries;
    private final IncidentPolice police;
    private final IncidentPersons persons;
    private final CaseTracking cases;
    private final EvidenceStore evidence;
    private final OrganizationDirectory directory;
    private final MediaPlans mediaPlans;
    private final AccessRules access;

    IncidentPages(IncidentManagement incidents, IncidentQueries queries, IncidentPolice police, IncidentPersons persons, CaseTracking cases,
            EvidenceStore evidence, OrganizationDirectory directory, MediaPlans mediaPlans, AccessRules access) {
        this.access = access;
        this.mediaPlans = mediaPlans;
        this.evidence = evidence;
        this.cases = cases;
        this.incidents = incidents;
        this.queries = queries;
        this.police = police;
        this.persons = persons;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(IncidentAccess.READ)
    String list(@ModelAttribute("filter") IncidentFilter filter, @AuthenticationPrincipal Actor actor,
            @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("open", filter.openOnly());
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("types", IncidentType.values());
        model.addAttribute("hospitals", directory.hospitalChoices(directory.currentScope()));
        model.addAttribute("page", queries.list(filter, actor, directory.currentScope(), pageable));
        return "incidents/list";
    }

    @GetMapping("/new")
    @PreAuthorize(IncidentAccess.REPORT)
    String newReport(@AuthenticationPrincipal Actor actor, Model model) {
        ReportForm form = new ReportForm();
        form.hospitalId = actor.hospitalId();
        Forms.show(model, "form", form);
        return reportForm(model, form);
    }

    @PostMapping
    @PreAuthorize(IncidentAccess.REPORT)
    String report(@Valid @ModelAttribute("form") ReportForm form, BindingResult errors,
            @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            IncidentView incident = incidents.report(form, actor, directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.incidentReported");
            return "redirect:/incidents/" + incident.id();
        }, () -> reportForm(model, form));
    }

    @GetMapping("/{id}")
    @PreAuthorize(IncidentAccess.READ)
    String detail(@PathVariable long id, @AuthenticationPrincipal Actor actor, Model model) {
        IncidentView incident = queries.get(id, actor, directory.currentScope());
        model.addAttribute("incident", incident);
        // a doctor or guard who reported it follows its progress; the security department's forms are not theirs
        model.addAttribute("reporterView", IncidentAccess.seesOwnReportsOnly(actor));
        model.addAttribute("guards", incidents.guardsOf(incident.hospitalId()));
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("behaviours", PoliceCallForm.Behaviour.values());
        model.addAttribute("persons", persons.of(id, directory.currentScope()));
        CaseTracking.Supervision supervision = cases.supervision(id);
        model.addAttribute("supervision", supervision);
        model.addAttribute("mediaPlan", supervision == null ? null : mediaPlans.of(incident.hospitalId(), directory.currentScope()));
        model.addAttribute("trackStatuses", CaseTracking.TrackStatus.values());
        model.addAttribute("staffSupport", cases.staffSupport(id));
        model.addAttribute("attachments", evidence.of(Incident.evidence(id)));
        model.addAttribute("personRoles", IncidentPersonRole.values());
        model.addAttribute("documentTypes", com.safeward.personaldata.DocumentType.values());
        return "incidents/detail";
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(IncidentAccess.HANDLE)
    String advance(@PathVariable long id, @RequestParam IncidentStatus status,
            @RequestParam(required = false) String summary, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/incidents/" + id, () -> incidents.advance(id, status, summary, actor.username(), directory.currentScope()));
    }

    @PostMapping("/{id}/dispatch")
    @PreAuthorize(IncidentAccess.HANDLE)
    String dispatch(@PathVariable long id, @RequestParam(required = false) String guard,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/incidents/" + id, () -> incidents.dispatchGuard(id, guard, actor.username(), directory.currentScope()));
    }

    @PostMapping("/{id}/sop/{position}")
    @PreAuthorize(IncidentAccess.HANDLE)
    String step(@PathVariable long id, @PathVariable int position, @RequestParam(required = false) String skipReason,
            @RequestParam(defaultValue = "done") String outcome, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        DataScope scope = directory.currentScope();
        return Forms.act(redirect, "/incidents/" + id, () -> {
            if ("skip".equals(outcome)) {
                incidents.skipStep(id, position, skipReason, actor.username(), scope);
            } else {
                incidents.completeStep(id, position, actor.username(), scope);
            }
        });
    }

    @PostMapping("/{id}/police-call")
    @PreAuthorize(IncidentAccess.HANDLE)
    String policeCall(@PathVariable long id, @ModelAttribute PoliceCallForm form, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/incidents/" + id, () -> {
            if (form.partiesCount == null || form.partiesCount < 1) {
                throw new RuleViolation("partiesCount", "validation.police.parties");
            }
            if (form.behaviours == null || form.behaviours.isEmpty()) {
                throw new RuleViolation("behaviours", "validation.police.behaviours");
            }
            if (form.anyoneInjured == null) {
                form.anyoneInjured = false;
            }
            if (form.injuredCount == null) {
                form.injuredCount = 0;
            }
            police.recordCall(id, form, actor.username(), directory.currentScope());
        });
    }

    @PostMapping("/{id}/consequences")
    @PreAuthorize(IncidentAccess.HANDLE)
    String consequences(@PathVariable long id, @ModelAttribute ConsequencesForm form, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/incidents/" + id, () -> {
            if (form.deaths == null || form.seriousInjuries == null || form.injured == null || form.deaths < 0
                    || form.seriousInjuries < 0 || form.injured < 0) {
                throw new RuleViolation("consequences", "validation.incident.counts");
            }
            incidents.recordConsequences(id, form, actor.username(), directory.currentScope());
        });
    }

    @PostMapping("/{id}/persons")
    @PreAuthorize(IncidentAccess.REGISTER_PERSONS)
    String registerPerson(@PathVariable long id, @ModelAttribute PersonForm form, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/incidents/" + id, () -> {
            if (form.name == null || form.name.isBlank()) {
                throw new RuleViolation("name", "problem.field.required");
            }
            persons.register(id, form, actor.username(), directory.currentScope());
        });
    }

    @PostMapping("/{id}/persons/{personId}/reveal")
    @PreAuthorize(IncidentAccess.REVEAL)
    String reveal(@PathVariable long id, @PathVariable long personId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("revealed", persons.reveal(id, personId, reason, directory.currentScope()));
            redirect.addFlashAttribute("revealedId", personId);
        } catch (RuleViolation ex) {
            redirect.addFlashAttribute("actionError", ex.messageKey());
        }
        return "redirect:/incidents/" + id;
    }

    @PostMapping("/{id}/police/{entry}")
    @PreAuthorize(IncidentAccess.POLICE)
    String police(@PathVariable long id, @PathVariable IncidentPolice.PoliceEntry entry,
            @RequestParam(required = false) String opinion, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/incidents/" + id, () -> police.recordByPolice(id, entry, opinion, actor.username(),
                directory.currentScope()));
    }

    private String reportForm(Model model, ReportForm form) {
        DataScope scope = directory.currentScope();
        model.addAttribute("hospitals", directory.hospitalChoices(scope));
        model.addAttribute("areas", form.hospitalId != null && scope.includes(form.hospitalId)
                ? directory.areaChoices(form.hospitalId, OrganizationDirectory.currentActor().map(Actor::departmentId)
                        .orElse(null)) : java.util.List.of());
        model.addAttribute("types", IncidentType.values());
        return "incidents/report";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem incidentsNavigation() {
            return NavigationItem.of("nav.incidents", "/incidents", 10, IncidentAccess.READ);
        }

        @Bean
        NavigationItem reportIncidentNavigation() {
            return NavigationItem.of("nav.reportIncident", "/incidents/new", 2, IncidentAccess.REPORT);
        }
    }
}
