package com.safeward.organizations;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.web.BodyValidator;
import com.safeward.web.PageResponse;

/**
 * Hospitals and their departments (SUP-1). Read: anyone, limited to their data scope (another
 * hospital's id answers 404). Register: system admin. Edit facts and departments: system admin,
 * the hospital's admin and security officer.
 */
@RestController
@RequestMapping("/api/v1/hospitals")
@Tag(name = "Hospitals", description = "SUP-1: hospitals with grade, beds, outpatients, staff; departments")
class HospitalApi {

    private final OrganizationQueries queries;
    private final OrganizationAdministration administration;
    private final OrganizationDirectory directory;
    private final OrganizationExport export;
    private final BodyValidator validator;

    HospitalApi(OrganizationQueries queries, OrganizationAdministration administration,
            OrganizationDirectory directory, OrganizationExport export, BodyValidator validator) {
        this.validator = validator;
        this.queries = queries;
        this.administration = administration;
        this.directory = directory;
        this.export = export;
    }

    @GetMapping
    @PreAuthorize(OrganizationAccess.READ)
    @Operation(summary = "Hospitals in your data scope; q searches name and code, regionId includes sub-regions")
    PageResponse<HospitalView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Long regionId, @RequestParam(required = false) HospitalGrade gradeLevel,
            @ParameterObject Pageable pageable) {
        return PageResponse.of(queries.hospitals(new OrganizationQueries.HospitalFilter(q, regionId, gradeLevel),
                directory.currentScope(), pageable), h -> h);
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @PreAuthorize(OrganizationAccess.READ)
    @Operation(summary = "The same list as CSV (UTF-8 with BOM), up to 10,000 rows")
    void exportCsv(@RequestParam(required = false) String q, @RequestParam(required = false) Long regionId,
            @RequestParam(required = false) HospitalGrade gradeLevel, @ParameterObject Pageable pageable,
            HttpServletResponse response) throws IOException {
        export.hospitals(new OrganizationQueries.HospitalFilter(q, regionId, gradeLevel), pageable, response);
    }

    @GetMapping("/{id}")
    @PreAuthorize(OrganizationAccess.READ)
    HospitalView get(@PathVariable long id) {
        return queries.hospital(id, directory.currentScope());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OrganizationAccess.MASTER_DATA)
    HospitalView register(@Valid @RequestBody HospitalForm form) {
        return administration.registerHospital(form);
    }

    @PutMapping("/{id}")
    @PreAuthorize(OrganizationAccess.HOSPITAL_DATA)
    @Operation(summary = "Update a hospital's facts; region and police station change only for a system admin")
    HospitalView update(@PathVariable long id, @RequestBody HospitalForm form) {
        queries.hospital(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(form);
        return administration.updateHospital(id, form, directory.currentScope(), isSystemAdmin());
    }

    @GetMapping("/{id}/departments")
    @PreAuthorize(OrganizationAccess.READ)
    List<DepartmentView> departments(@PathVariable long id) {
        return queries.departments(id, directory.currentScope());
    }

    @PostMapping("/{id}/departments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OrganizationAccess.HOSPITAL_DATA)
    DepartmentView addDepartment(@PathVariable long id, @RequestBody DepartmentForm form) {
        queries.hospital(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(form);
        return administration.addDepartment(id, form, directory.currentScope());
    }

    @PutMapping("/{id}/departments/{departmentId}")
    @PreAuthorize(OrganizationAccess.HOSPITAL_DATA)
    DepartmentView updateDepartment(@PathVariable long id, @PathVariable long departmentId,
            @RequestBody DepartmentForm form) {
        queries.hospital(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(form);
        return administration.updateDepartment(id, departmentId, form, directory.currentScope());
    }

    static boolean isSystemAdmin() {
        return OrganizationDirectory.currentActor().map(a -> a.role() == Role.SYSTEM_ADMIN).orElse(false);
    }
}
