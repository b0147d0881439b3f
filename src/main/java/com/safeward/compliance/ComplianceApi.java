package com.safeward.compliance;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.organizations.OrganizationDirectory;

/**
 * Compliance computed from the data (SUP-4). Catalog and a hospital's statuses: hospital admins,
 * security officers and leaders (their hospital), regulators and committees (their region's
 * hospitals), system admins. Overview and region roll-ups: regulators, committees, system admins;
 * a region above or beside the caller's answers 404. Evaluate now: system admins and regulators.
 */
@RestController
@RequestMapping("/api/v1/compliance")
@Tag(name = "Compliance", description = "SUP-4: every requirement evaluated from the records, per hospital and region")
class ComplianceApi {

    /** A requirement of the catalog and how SafeWard evaluates it. */
    record RequirementView(String id, String clause, String applicability, String titleZh, String textEn,
            EvaluationMode evaluation) {
    }

    private final RequirementCatalog catalog;
    private final ComplianceEvaluation evaluation;
    private final ComplianceQueries queries;
    private final OrganizationDirectory directory;

    ComplianceApi(RequirementCatalog catalog, ComplianceEvaluation evaluation, ComplianceQueries queries,
            OrganizationDirectory directory) {
        this.catalog = catalog;
        this.evaluation = evaluation;
        this.queries = queries;
        this.directory = directory;
    }

    @GetMapping("/requirements")
    @PreAuthorize(ComplianceAccess.READ)
    @Operation(summary = "The requirements catalog: ID, clause, where it applies, title, text, and how it is evaluated "
            + "(AUTOMATIC, BY_INSPECTION, NOT_YET_COVERED)")
    List<RequirementView> requirements() {
        Map<String, EvaluationMode> modes = evaluation.modes();
        return catalog.all().stream().map(r -> new RequirementView(r.id(), r.clause(), r.applicability().name(),
                r.titleZh(), r.textEn(), modes.get(r.id()))).toList();
    }

    @GetMapping("/hospitals")
    @PreAuthorize(ComplianceAccess.OVERVIEW)
    @Operation(summary = "The hospitals in your scope with their scores (passed of judged requirements, %), worst "
            + "first, a page at a time (size up to 2000); failing=true: only those failing something; q: code or name")
    com.safeward.web.PageResponse<ComplianceViews.HospitalScore> hospitals(
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean failing,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String q,
            @org.springdoc.core.annotations.ParameterObject
            @org.springframework.data.web.PageableDefault(size = 50) org.springframework.data.domain.Pageable pageable) {
        return com.safeward.web.PageResponse.of(queries.hospitals(directory.currentScope(), failing, q, pageable),
                h -> h);
    }

    @GetMapping("/hospitals/{id}")
    @PreAuthorize(ComplianceAccess.READ)
    @Operation(summary = "A hospital's status per requirement (PASS, FAIL, NOT_APPLICABLE, NO_DATA) with the finding, "
            + "the records behind it and when it was evaluated; failures first")
    List<ComplianceViews.RequirementStatus> hospital(@PathVariable long id) {
        return queries.hospital(id, directory.currentScope(), LocaleContextHolder.getLocale());
    }

    @GetMapping("/requirements/{id}/hospitals")
    @PreAuthorize(ComplianceAccess.OVERVIEW)
    @Operation(summary = "One requirement across your hospitals, failures first")
    List<ComplianceViews.HospitalStatus> requirement(@PathVariable String id) {
        return queries.requirement(id, directory.currentScope());
    }

    @GetMapping("/regions/{id}")
    @PreAuthorize(ComplianceAccess.OVERVIEW)
    @Operation(summary = "A region's roll-up: its hospitals' average score, the worst hospitals, and per requirement "
            + "the share of hospitals passing and those failing")
    ComplianceViews.RegionRollup region(@PathVariable long id) {
        return queries.region(id, directory.currentScope(), LocaleContextHolder.getLocale());
    }

    /** How many statuses changed. */
    record Evaluated(int changed) {
    }

    @PostMapping("/evaluations")
    @PreAuthorize(ComplianceAccess.EVALUATE)
    @Operation(summary = "Evaluate every rule for every hospital now (it also runs on a schedule)")
    Evaluated evaluate() {
        return new Evaluated(evaluation.evaluateAll());
    }
}
