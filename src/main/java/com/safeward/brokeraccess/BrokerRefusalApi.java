package com.safeward.brokeraccess;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.PageResponse;

/**
 * What the MQTT broker refused (issue 17, point 1): system admin everything (refusals naming no known
 * device too), hospital admin and security officer their hospital's.
 */
@RestController
@Tag(name = "Device events", description = "TEC-1, TEC-7, INC-1: device event intake over HTTP; dead letters")
class BrokerRefusalApi {

    private final BrokerRefusalQueries queries;
    private final OrganizationDirectory directory;

    BrokerRefusalApi(BrokerRefusalQueries queries, OrganizationDirectory directory) {
        this.queries = queries;
        this.directory = directory;
    }

    @GetMapping("/api/v1/device-refusals")
    @PreAuthorize(BrokerAccessRules.READ)
    @Operation(summary = "Refused MQTT sign-ins and publishes (wrong or replaced token, another device's topic, "
            + "no credentials, subscriptions), counted per minute, hospital, device, reason and user name; newest first. "
            + "Filters: hospitalId, reason, days (default 7, at most 90).")
    PageResponse<BrokerRefusalView> list(@ParameterObject BrokerRefusalQueries.RefusalFilter filter,
            @ParameterObject Pageable pageable) {
        return PageResponse.of(queries.list(filter, directory.currentScope(), pageable), r -> r);
    }
}
