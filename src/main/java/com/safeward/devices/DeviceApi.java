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
    private final DeviceFaults faults;
    private final OrganizationDirectory directory;
    private final com.safeward.web.BodyValidator validator;

    DeviceApi(DeviceRegistry registry, DeviceFaults faults, OrganizationDirectory directory,
            com.safeward.web.BodyValidator validator) {
        this.registry = registry;
        this.faults = faults;
        this.directory = directory;
        this.validator = validator;
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
    DeviceView update(@PathVariable long id, @RequestBody DeviceForm form) {
        registry.get(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(form);
        return registry.update(id, form, directory.currentScope());
    }

    @PostMapping("/{id}/decommission")
    @PreAuthorize(DeviceAccess.WRITE)
    @Operation(summary = "Take the device out of use for good. A decommissioned panic button that is pressed still "
            + "raises an alarm and opens a fault (GB 50394: emergency alarms are never disarmed)")
    DeviceView decommission(@PathVariable long id) {
        return registry.decommission(id, directory.currentScope());
    }

    @GetMapping("/{id}/faults")
    @PreAuthorize(DeviceAccess.READ)
    @Operation(summary = "The device's faults, open first: e.g. a panic button pressed while disabled, decommissioned "
            + "or without an area")
    java.util.List<DeviceFaultView> faults(@PathVariable long id) {
        return registry.faults(id, directory.currentScope());
    }

    record ResolveRequest(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 500)
            String resolution) {
    }

    @PostMapping("/{id}/faults/{faultId}/resolve")
    @PreAuthorize(DeviceAccess.WRITE)
    @Operation(summary = "Resolve a fault, saying what was done on site")
    DeviceFaultView resolve(@PathVariable long id, @PathVariable long faultId,
            @RequestBody(required = false) ResolveRequest request,
            @org.springframework.security.core.annotation.AuthenticationPrincipal com.safeward.organizations.Actor actor) {
        registry.get(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        ResolveRequest valid = validator.valid(request == null ? new ResolveRequest(null) : request);
        return faults.resolve(id, faultId, valid.resolution(), actor.username(), directory.currentScope());
    }

    @PostMapping("/{id}/token")
    @PreAuthorize(DeviceAccess.WRITE)
    @Operation(summary = "Issue a new token; the old one stops working at once")
    DeviceRegistry.Registered rotateToken(@PathVariable long id) {
        return registry.rotateToken(id, directory.currentScope());
    }
}
