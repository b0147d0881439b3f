package com.safeward.compliance;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;

/**
 * Safe Hospital (平安医院) annual assessments (SUP-2, H-3.3). Read: a hospital's admins, security
 * officers and leaders (their hospital), regulators and committees (their region's hospitals),
 * system admins. Assemble and finalise: regulators above the hospital; other hospitals answer 404.
 */
@RestController
@RequestMapping("/api/v1/compliance/assessments")
@Tag(name = "Safe Hospital assessments", description = "SUP-2: the annual assessment assembled from evaluations and inspections")
class AssessmentApi {

    private final SafeHospitalAssessments assessments;
    private final AssessmentPdf pdf;
    private final OrganizationDirectory directory;

    AssessmentApi(SafeHospitalAssessments assessments, AssessmentPdf pdf, OrganizationDirectory directory) {
        this.assessments = assessments;
        this.pdf = pdf;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(ComplianceAccess.ASSESSMENTS)
    @Operation(summary = "Your hospitals' assessments of a year (status null: not assembled yet), lowest score first")
    List<SafeHospitalAssessments.Row> year(@RequestParam int year) {
        return assessments.year(year, directory.currentScope());
    }

    @GetMapping("/{hospitalId}/{year}")
    @PreAuthorize(ComplianceAccess.ASSESSMENTS)
    @Operation(summary = "A hospital's assessment of a year: compliance score, inspection score, requirements failing "
            + "at the year's end, the year's inspections, proposed and final grade (a preview when not assembled)")
    SafeHospitalAssessments.AssessmentView get(@PathVariable long hospitalId, @PathVariable int year) {
        return assessments.get(hospitalId, year, directory.currentScope());
    }

    @PostMapping("/{hospitalId}/{year}")
    @PreAuthorize(ComplianceAccess.ASSESS)
    @Operation(summary = "Assemble (or assemble again) the draft from the records as they are now; 400 once final")
    SafeHospitalAssessments.AssessmentView assemble(@PathVariable long hospitalId, @PathVariable int year,
            @AuthenticationPrincipal Actor actor) {
        return assessments.assemble(hospitalId, year, actor, directory.currentScope());
    }

    @PostMapping("/{hospitalId}/{year}/finalisation")
    @PreAuthorize(ComplianceAccess.ASSESS)
    @Operation(summary = "Finalise with a grade (EXCELLENT, PASSED, FAILED) once the year is over; a grade other than "
            + "the proposed one needs a conclusion; afterwards the assessment no longer changes")
    SafeHospitalAssessments.AssessmentView finalise(@PathVariable long hospitalId, @PathVariable int year,
            @Valid @RequestBody AssessmentForm form, @AuthenticationPrincipal Actor actor) {
        return assessments.finalise(hospitalId, year, form, actor, directory.currentScope());
    }

    @GetMapping("/{hospitalId}/{year}/pdf")
    @PreAuthorize(ComplianceAccess.ASSESSMENTS)
    @Operation(summary = "The assessment as a PDF document")
    ResponseEntity<byte[]> pdf(@PathVariable long hospitalId, @PathVariable int year) {
        return pdf.download(assessments.get(hospitalId, year, directory.currentScope()), LocaleContextHolder.getLocale());
    }
}
