package com.safeward.organizations;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.web.BodyValidator;
import com.safeward.web.PageResponse;

/**
 * Areas of hospitals, with type and key-area flag (PHY-2). Read: anyone within their data
 * scope; write: system admin, the hospital's admin and security officer.
 */
@RestController
@RequestMapping("/api/v1/areas")
@Tag(name = "Areas", description = "Areas and key areas (重点要害部位, PHY-2) of hospitals")
class AreaApi {

    private final OrganizationQueries queries;
    private final OrganizationAdministration administration;
    private final OrganizationDirectory directory;
    private final OrganizationExport export;
    private final BodyValidator validator;

    AreaApi(OrganizationQueries queries, OrganizationAdministration administration, OrganizationDirectory directory,
            OrganizationExport export, BodyValidator validator) {
        this.validator = validator;
        this.queries = queries;
        this.administration = administration;
        this.directory = directory;
        this.export = export;
    }

    @GetMapping
    @PreAuthorize(OrganizationAccess.READ)
    @Operation(summary = "Areas in your data scope; q searches name, building and note")
    PageResponse<AreaView> list(@ParameterObject OrganizationQueries.AreaFilter filter,
            @ParameterObject Pageable pageable) {
        return PageResponse.of(queries.areas(filter, directory.currentScope(), pageable), a -> a);
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @PreAuthorize(OrganizationAccess.READ)
    @Operation(summary = "The same list as CSV (UTF-8 with BOM), up to 10,000 rows")
    void exportCsv(@ParameterObject OrganizationQueries.AreaFilter filter, @ParameterObject Pageable pageable,
            HttpServletResponse response) throws IOException {
        export.areas(filter, pageable, response);
    }

    @GetMapping("/{id}")
    @PreAuthorize(OrganizationAccess.READ)
    AreaView get(@PathVariable long id) {
        return queries.area(id, directory.currentScope());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OrganizationAccess.HOSPITAL_DATA)
    AreaView create(@Valid @RequestBody AreaForm form) {
        return administration.createArea(form, directory.currentScope());
    }

    @PutMapping("/{id}")
    @PreAuthorize(OrganizationAccess.HOSPITAL_DATA)
    AreaView update(@PathVariable long id, @RequestBody AreaForm form) {
        queries.area(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(form);
        return administration.updateArea(id, form, directory.currentScope());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(OrganizationAccess.HOSPITAL_DATA)
    void delete(@PathVariable long id) {
        administration.deleteArea(id, directory.currentScope());
    }
}
