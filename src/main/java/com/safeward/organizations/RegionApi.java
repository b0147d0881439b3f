package com.safeward.organizations;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** SUP-1 region tree. Read: any signed-in user; write: system admin. */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "SUP-1: province / city / county tree")
class RegionApi {

    private final OrganizationQueries queries;
    private final OrganizationAdministration administration;

    RegionApi(OrganizationQueries queries, OrganizationAdministration administration) {
        this.queries = queries;
        this.administration = administration;
    }

    @GetMapping
    @PreAuthorize(OrganizationAccess.READ)
    @Operation(summary = "The region tree, depth-first")
    List<RegionView> tree() {
        return queries.regionTree();
    }

    @GetMapping("/{id}")
    @PreAuthorize(OrganizationAccess.READ)
    RegionView get(@PathVariable long id) {
        return queries.region(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OrganizationAccess.MASTER_DATA)
    @Operation(summary = "Create a province (no parentId) or a region one level below its parent")
    RegionView create(@Valid @RequestBody RegionForm form) {
        return administration.createRegion(form);
    }

    record Rename(@NotBlank @Size(max = 100) String name) {
    }

    @PutMapping("/{id}")
    @PreAuthorize(OrganizationAccess.MASTER_DATA)
    RegionView rename(@PathVariable long id, @Valid @RequestBody Rename rename) {
        return administration.renameRegion(id, rename.name());
    }
}
