package com.safeward.devices;

import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.PageResponse;

/**
 * Device registry (TEC-1). Read: hospital security roles, leaders, regulators, within their data
 * scope; register, edit, rotate tokens: system admin, hospital admin, security officer.
 */
@RestController
@RequestMapping("/api/v1/devices")
@Tag(name = "Devices", description = "TEC-1, TEC-7: device registry; tokens shown once")
class DeviceApi {

    private final DeviceRegistry registry;
    private final OrganizationDirectory directory;

    DeviceApi(DeviceRegistry registry, OrganizationDirectory directory) {
        this.registry = registry;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(DeviceAccess.READ)
    @Operation(summary = "Devices in your data scope; q searches code and name")
    PageResponse<DeviceView> list(@ParameterObject DeviceRegistry.DeviceFilter filter, @ParameterObject Pageable pageable) {
        return PageResponse.of(registry.list(filter, directory.currentScope(), pageable), d -> d);
    }

    @GetMapping("/{id}")
    @PreAuthorize(DeviceAccess.READ)
    DeviceView get(@PathVariable long id) {
        return registry.get(id, directory.currentScope());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(DeviceAccess.WRITE)
    @Operation(summary = "Register a device; the response holds its token, which is never shown again")
    DeviceRegistry.Registered register(@Valid @RequestBody DeviceForm form) {
        return registry.register(form, directory.currentScope());
    }

    @PutMapping("/{id}")
    @PreAuthorize(DeviceAccess.WRITE)
    DeviceView update(@PathVariable long id, @Valid @RequestBody DeviceForm form) {
        return registry.update(id, form, directory.currentScope());
    }

    @PostMapping("/{id}/token")
    @PreAuthorize(DeviceAccess.WRITE)
    @Operation(summary = "Issue a new token; the old one stops working at once")
    DeviceRegistry.Registered rotateToken(@PathVariable long id) {
        return registry.rotateToken(id, directory.currentScope());
    }
}
