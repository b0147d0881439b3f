package com.safeward.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.devices.DeviceDirectory;
import com.safeward.devices.DeviceRef;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.PageResponse;

/**
 * HTTP intake of device events (the MQTT payload, POSTed with {@code Authorization: Bearer
 * <device token>}), and the dead-letter list (system admin; hospital admin and security officer
 * for their hospital).
 */
@RestController
@Tag(name = "Device events", description = "TEC-1, TEC-7, INC-1: device event intake over HTTP; dead letters")
class DeviceEventApi {

    private final DeviceDirectory devices;
    private final DeviceEventParser parser;
    private final DeviceEventIntake intake;
    private final DeadLetters deadLetters;
    private final OrganizationDirectory directory;

    DeviceEventApi(DeviceDirectory devices, DeviceEventParser parser, DeviceEventIntake intake,
            DeadLetters deadLetters, OrganizationDirectory directory) {
        this.devices = devices;
        this.parser = parser;
        this.intake = intake;
        this.deadLetters = deadLetters;
        this.directory = directory;
    }

    record Receipt(String eventId, DeviceEventIntake.Outcome status) {
    }

    @PostMapping(value = "/api/v1/device-events", consumes = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(summary = "Report a device event; 202 when new, 200 when the event id was already received. "
            + "The answer comes after the event (and any alarm it raises) is committed.")
    ResponseEntity<?> receive(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody byte[] body) {
        DeviceRef device = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? devices.authenticate(authorization.substring(7)).orElse(null) : null;
        if (device == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "unknown device token");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        DeviceEventMessage message = parser.parse(body);
        DeviceEventIntake.Outcome outcome = intake.accept(device, message, Transport.HTTP);
        return ResponseEntity.status(outcome == DeviceEventIntake.Outcome.ACCEPTED ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(new Receipt(message.eventId(), outcome));
    }

    @GetMapping("/api/v1/dead-letters")
    @PreAuthorize(IngestAccess.DEAD_LETTERS)
    @Operation(summary = "MQTT messages that could not be accepted, with the reason, newest first")
    PageResponse<DeadLetters.DeadLetter> deadLetters(@ParameterObject Pageable pageable) {
        return PageResponse.of(deadLetters.list(directory.currentScope(), pageable), d -> d);
    }
}
