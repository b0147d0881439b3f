package com.safeward.alarms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
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
import com.safeward.web.BodyValidator;
import com.safeward.web.PageResponse;

/**
 * Alarms (INC-1). Read and stream: system admin, hospital admin, security officer, monitoring
 * operator, hospital leader, within their data scope; police (their station's hospitals) and
 * regulators (their region's), panic and intrusion alarms only (TEC-7). Acknowledge and reset:
 * security officer and monitoring operator. Police dispatched: police.
 */
@RestController
@RequestMapping("/api/v1/alarms")
@Tag(name = "Alarms", description = "INC-1: one-button and intrusion alarms; live stream (SSE events 'alarm', 'realert')")
class AlarmApi {

    private final AlarmHandling handling;
    private final AlarmStream stream;
    private final OrganizationDirectory directory;
    private final BodyValidator validator;

    AlarmApi(AlarmHandling handling, AlarmStream stream, OrganizationDirectory directory, BodyValidator validator) {
        this.handling = handling;
        this.validator = validator;
        this.stream = stream;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(AlarmAccess.READ)
    @Operation(summary = "Alarms in your scope, newest first; state OPEN (default), UNACKNOWLEDGED, CLEARED or ALL; "
            + "optionally of one hospital or one device")
    PageResponse<AlarmView> list(@RequestParam(required = false) AlarmHandling.State state,
            @RequestParam(required = false) Long hospitalId, @RequestParam(required = false) Long deviceId,
            @ParameterObject Pageable pageable) {
        return PageResponse.of(handling.list(state, hospitalId, deviceId, viewer(), pageable), a -> a);
    }

    @GetMapping(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(AlarmAccess.READ)
    @Operation(summary = "Server-sent events: event 'alarm' with {change, alarm} for each alarm raised or changed; "
            + "event 'realert' with {hospitalId, alarmIds} for alarms still unacknowledged after the re-alert time (INC-1); "
            + "event 'watchlist' when a listed person is screened (WL-3); police and regulators get panic and intrusion "
            + "alarms only (TEC-7). Every frame has an id: reconnect with the Last-Event-ID header (or ?lastEventId=) "
            + "to get what was missed within the replay window, or event 'reset' (read the open alarms again) beyond it")
    void stream(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        stream.subscribe(viewer(), request, response);
    }

    @GetMapping("/{id}")
    @PreAuthorize(AlarmAccess.READ)
    AlarmView get(@PathVariable long id) {
        return handling.get(id, viewer());
    }

    record PoliceDispatchRequest(@Size(max = 500) String note) {
    }

    @PostMapping("/{id}/police-dispatched")
    @PreAuthorize(AlarmAccess.POLICE)
    @Operation(summary = "TEC-7: the police of the hospital's station record that officers are on their way (note: "
            + "who, how many, expected arrival); the hospital's consoles show it at once. Once per alarm")
    AlarmView policeDispatched(@PathVariable long id, @RequestBody(required = false) PoliceDispatchRequest request,
            @AuthenticationPrincipal Actor actor) {
        AlarmViewer viewer = viewer();
        handling.requireVisible(id, viewer);
        PoliceDispatchRequest valid = validator.valid(request == null ? new PoliceDispatchRequest(null) : request);
        return handling.recordPoliceDispatched(id, valid.note(), actor.username(), viewer);
    }

    private AlarmViewer viewer() {
        return AlarmViewer.of(OrganizationDirectory.currentActor().orElse(null), directory.currentScope());
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize(AlarmAccess.ACT)
    AlarmView acknowledge(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return handling.acknowledge(id, actor.username(), directory.currentScope());
    }

    record DispatchRequest(@jakarta.validation.constraints.NotBlank @Size(max = 64) String guard,
            @Size(max = 500) String instructions) {
    }

    @PostMapping("/{id}/dispatch")
    @PreAuthorize(AlarmAccess.ACT)
    @Operation(summary = "Send a guard of the alarm's hospital to its location; the guard's phone shows the task")
    AlarmView dispatch(@PathVariable long id, @RequestBody DispatchRequest request,
            @AuthenticationPrincipal Actor actor) {
        handling.requireVisible(id, viewer());
        validator.valid(request);
        return handling.dispatch(id, request.guard(), request.instructions(), actor.username(), directory.currentScope());
    }

    record EscalateRequest(@Size(max = 2000) String description) {
    }

    record Escalated(long incidentId) {
    }

    @PostMapping("/{id}/incident")
    @PreAuthorize(AlarmAccess.ACT)
    @Operation(summary = "Escalate the alarm to an incident (INC-4), which keeps the link; once: a second call "
            + "answers the incident the first one opened")
    Escalated escalate(@PathVariable long id, @RequestBody(required = false) EscalateRequest request,
            @AuthenticationPrincipal Actor actor) {
        handling.requireVisible(id, viewer());
        if (request != null) {
            validator.valid(request);
        }
        return new Escalated(handling.escalateToIncident(id, request == null ? null : request.description(),
                actor.username(), directory.currentScope()));
    }

    record ClearRequest(@Size(max = 1000) String note) {
    }

    @PostMapping("/{id}/clear")
    @PreAuthorize(AlarmAccess.ACT)
    @Operation(summary = "Clear an alarm; a latched (panic) alarm needs a note: the operator's manual reset")
    AlarmView clear(@PathVariable long id, @RequestBody(required = false) ClearRequest request,
            @AuthenticationPrincipal Actor actor) {
        handling.requireVisible(id, viewer());
        if (request != null) {
            validator.valid(request);
        }
        return handling.clear(id, request == null ? null : request.note(), actor.username(), directory.currentScope());
    }
}
