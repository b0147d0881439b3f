package com.safeward.compliance;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.organizations.Actor;
import com.safeward.organizations.Affiliation;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.texts.DisplayTimes;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.Forms;

/**
 * Safe Hospital assessment pages (SUP-2): a regulator's hospitals for a year with their scores and
 * grades, a hospital's assessment with the year's inspections, assembling and finalising. Same
 * roles and scope as {@link AssessmentApi}; a hospital's management lands on its own.
 */
@Controller
@RequestMapping("/compliance/assessments")
@AccessDeclaredBy(ComplianceAccess.class)
class AssessmentPages {

    private static final int YEARS_OFFERED = 5;

    private final SafeHospitalAssessments assessments;
    private final AssessmentPdf pdf;
    private final OrganizationDirectory directory;
    private final DisplayTimes times;
    private final Clock clock;

    AssessmentPages(SafeHospitalAssessments assessments, AssessmentPdf pdf, OrganizationDirectory directory,
            DisplayTimes times, Clock clock) {
        this.assessments = assessments;
        this.pdf = pdf;
        this.directory = directory;
        this.times = times;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(ComplianceAccess.ASSESSMENTS)
    String list(@RequestParam(required = false) Integer year, @AuthenticationPrincipal Actor actor, Model model) {
        int chosen = year == null ? currentYear() : year;
        if (actor.role().affiliation() == Affiliation.HOSPITAL) {
            return "redirect:/compliance/assessments/" + actor.hospitalId() + "/" + chosen;
        }
        model.addAttribute("year", chosen);
        model.addAttribute("years", years());
        model.addAttribute("rows", assessments.year(chosen, directory.currentScope()));
        return "compliance/assessments";
    }

    @GetMapping("/{hospitalId}/{year}")
    @PreAuthorize(ComplianceAccess.ASSESSMENTS)
    String detail(@PathVariable long hospitalId, @PathVariable int year, Model model) {
        AssessmentForm form = new AssessmentForm();
        SafeHospitalAssessments.AssessmentView assessment = assessments.get(hospitalId, year, directory.currentScope());
        form.grade = assessment.proposedGrade();
        Forms.show(model, "form", form);
        return detail(assessment, model);
    }

    @PostMapping("/{hospitalId}/{year}")
    @PreAuthorize(ComplianceAccess.ASSESS)
    String assemble(@PathVariable long hospitalId, @PathVariable int year, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/compliance/assessments/" + hospitalId + "/" + year,
                () -> assessments.assemble(hospitalId, year, actor, directory.currentScope()));
    }

    @PostMapping("/{hospitalId}/{year}/finalisation")
    @PreAuthorize(ComplianceAccess.ASSESS)
    String finalise(@PathVariable long hospitalId, @PathVariable int year, @Valid @ModelAttribute("form") AssessmentForm form,
            BindingResult errors, @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            assessments.finalise(hospitalId, year, form, actor, directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.assessmentFinalised");
            return "redirect:/compliance/assessments/" + hospitalId + "/" + year;
        }, () -> detail(assessments.get(hospitalId, year, directory.currentScope()), model));
    }

    @GetMapping("/{hospitalId}/{year}/pdf")
    @PreAuthorize(ComplianceAccess.ASSESSMENTS)
    ResponseEntity<byte[]> document(@PathVariable long hospitalId, @PathVariable int year) {
        return pdf.download(assessments.get(hospitalId, year, directory.currentScope()), LocaleContextHolder.getLocale());
    }

    private String detail(SafeHospitalAssessments.AssessmentView assessment, Model model) {
        model.addAttribute("a", assessment);
        model.addAttribute("grades", AssessmentGrade.values());
        model.addAttribute("yearOver", assessment.year() < currentYear());
        return "compliance/assessment";
    }

    private int currentYear() {
        return Year.now(clock.withZone(times.zone())).getValue();
    }

    private List<Integer> years() {
        return IntStream.range(0, YEARS_OFFERED).mapToObj(i -> currentYear() - i).toList();
    }
}
