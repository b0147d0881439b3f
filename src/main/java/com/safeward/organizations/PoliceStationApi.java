package com.safeward.organizations;

import io.swagger.v3.oas.annotations.tags.Tag;
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

import com.safeward.web.PageResponse;

/** Police stations (POL-1); police users see the hospitals assigned to theirs. Read: signed-in; write: system admin. */
@RestController
@RequestMapping("/api/v1/police-stations")
@Tag(name = "Police stations", description = "POL-1, SUP-1: stations and the hospitals assigned to them")
class PoliceStationApi {

    private final OrganizationQueries queries;
    private final OrganizationAdministration administration;

    PoliceStationApi(OrganizationQueries queries, OrganizationAdministration administration) {
        this.queries = queries;
        this.administration = administration;
    }

    @GetMapping
    @PreAuthorize(OrganizationAccess.READ)
    PageResponse<PoliceStationView> list(@RequestParam(required = false) String q, @ParameterObject Pageable pageable) {
        return PageResponse.of(queries.stations(q, pageable), s -> s);
    }

    @GetMapping("/{id}")
    @PreAuthorize(OrganizationAccess.READ)
    PoliceStationView get(@PathVariable long id) {
        return queries.station(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OrganizationAccess.MASTER_DATA)
    PoliceStationView register(@Valid @RequestBody PoliceStationForm form) {
        return administration.registerStation(form);
    }

    @PutMapping("/{id}")
    @PreAuthorize(OrganizationAccess.MASTER_DATA)
    PoliceStationView update(@PathVariable long id, @Valid @RequestBody PoliceStationForm form) {
        return administration.updateStation(id, form);
    }
}
