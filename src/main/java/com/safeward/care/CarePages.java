package com.safeward.care;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
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
import com.safeward.texts.DisplayTimes;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.AccessRules;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/** WL-6 pages: the ward's due and overdue list, an inpatient's assessments, crisis interventions. Roles as {@link CareApi}. */
@Controller
@RequestMapping("/care")
@AccessDeclaredBy(CareAccess.class)
class CarePages {

    private final DisplayTimes times;
    private final PsychologicalCare care;
    private final CareQueries queries;
    private final OrganizationDirectory directory;
    private final AccessRules access;

    CarePages(PsychologicalCare care, CareQueries queries, OrganizationDirectory directory, DisplayTimes times,
            AccessRules access) {
        this.queries = queries;
        this.access = access;
        this.times = times;
        this.care = care;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(CareAccess.READ)
    String list(@RequestParam(defaultValue = "true") boolean due, @AuthenticationPrincipal Actor actor,
            @PageableDefault(size = 50) Pageable pageable, Model model) {
        AdmissionForm form = new AdmissionForm();
        form.admittedOn = times.today();
        Forms.show(model, "form", form);
        return listPage(due, actor, pageable, model);
    }

    private String listPage(boolean due, Actor actor, Pageable pageable, Model model) {
        model.addAttribute("due", due);
        model.addAttribute("page", queries.inpatients(due, directory.currentScope(), pageable));
        model.addAttribute("wards", directory.departmentChoices(actor.hospitalId() == null ? -1 : actor.hospitalId()));
        model.addAttribute("openInterventions", queries.openInterventions(directory.currentScope()));
        return "care/list";
    }

    @PostMapping("/inpatients")
    @PreAuthorize(CareAccess.CARE)
    String admit(@Valid @ModelAttribute("form") AdmissionForm form, BindingResult errors,
            @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            InpatientView inpatient = care.admit(actor.hospitalId() == null ? -1 : actor.hospitalId(), form, actor.username());
            return "redirect:/care/inpatients/" + inpatient.id();
        }, () -> listPage(false, actor, PageRequest.of(0, 50), model));
    }

    @GetMapping("/inpatients/{id}")
    @PreAuthorize(CareAccess.READ)
    String inpatient(@PathVariable long id, Model model) {
        model.addAttribute("inpatient", queries.inpatient(id, directory.currentScope()));
        model.addAttribute("results", AssessmentResult.values());
        return "care/inpatient";
    }

    @PostMapping("/inpatients/{id}/assessments")
    @PreAuthorize(CareAccess.CARE)
    String assess(@PathVariable long id, @RequestParam(required = false) AssessmentResult result,
            @RequestParam(required = false) Integer score, @RequestParam(required = false) String note,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/care/inpatients/" + id, () -> {
            if (result == null) {
                throw new com.safeward.kernel.RuleViolation("result", "problem.field.required");
            }
            care.assess(id, result, score, note, assessedOn, actor.username(), directory.currentScope());
        });
    }

    @PostMapping("/inpatients/{id}/discharge")
    @PreAuthorize(CareAccess.CARE)
    String discharge(@PathVariable long id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/care/inpatients/" + id,
                () -> care.discharge(id, null, actor.username(), directory.currentScope()));
    }

    @GetMapping("/interventions/{id}")
    @PreAuthorize(CareAccess.READ)
    String intervention(@PathVariable long id, Model model) {
        model.addAttribute("intervention", queries.intervention(id, directory.currentScope()));
        return "care/intervention";
    }

    @PostMapping("/interventions/{id}/follow-ups")
    @PreAuthorize(CareAccess.CARE)
    String followUp(@PathVariable long id, @RequestParam(required = false) String note,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/care/interventions/" + id,
                () -> care.followUp(id, note, actor.username(), directory.currentScope()));
    }

    @PostMapping("/interventions/{id}/close")
    @PreAuthorize(CareAccess.CARE)
    String close(@PathVariable long id, @RequestParam(required = false) String outcome,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/care/interventions/" + id,
                () -> care.close(id, outcome, actor.username(), directory.currentScope()));
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem careNavigation() {
            return NavigationItem.of("nav.care", "/care", 23, CareAccess.READ);
        }
    }
}
