package com.safeward.incidents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.BodyValidator;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;
import com.safeward.web.PageResponse;

/**
 * INC-7 case tracking and supervision, INC-8 three in step, INC-10 staff support; API and pages.
 * Cases: security officer, leaders, admins, police, regulators (scope). Supervise: regulators
 * above the hospital's level. Tracks: security officer, leader, police. Staff support: leader,
 * patient relations office, security officer.
 */
@Controller
@Tag(name = "Cases", description = "INC-7 tracking and 挂牌督办, INC-8 三同步, INC-10 staff support")
class CaseApi {

    private final CaseTracking cases;
    private final OrganizationDirectory directory;
    private final IncidentManagement incidents;
    private final BodyValidator validator;

    CaseApi(CaseTracking cases, OrganizationDirectory directory, IncidentManagement incidents, BodyValidator validator) {
        this.cases = cases;
        this.directory = directory;
        this.incidents = incidents;
        this.validator = validator;
    }

    @GetMapping("/api/v1/cases")
    @PreAuthorize(IncidentAccess.READ_CASES)
    @ResponseBody
    @Operation(summary = "Cases with a 110 call or a criminal case, supervised first; open = no police outcome yet")
    PageResponse<CaseTracking.TrackedCase> list(@RequestParam(defaultValue = "true") boolean open,
            @RequestParam(defaultValue = "false") boolean supervised, @RequestParam(required = false) Long hospitalId,
            @ParameterObject Pageable pageable) {
        return PageResponse.of(cases.cases(open, supervised, hospitalId, directory.currentScope(), pageable), c -> c);
    }

    @GetMapping("/cases")
    @PreAuthorize(IncidentAccess.READ_CASES)
    String page(@RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "false") boolean supervised,
            @RequestParam(required = false) Long hospitalId, @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("open", open);
        model.addAttribute("supervised", supervised);
        model.addAttribute("hospitalId", hospitalId);
        model.addAttribute("hospitals", directory.hospitalChoices(directory.currentScope()));
        model.addAttribute("page", cases.cases(open, supervised, hospitalId, directory.currentScope(), pageable));
        return "incidents/cases";
    }

    record SuperviseRequest(@NotBlank @Size(max = 1000) String note) {
    }

    @PostMapping("/api/v1/incidents/{id}/supervision")
    @PreAuthorize(IncidentAccess.SUPERVISE)
    @ResponseBody
    @Operation(summary = "挂牌督办: a regulator of a level above the hospital's puts the case under supervision")
    CaseTracking.Supervision supervise(@PathVariable long id, @Valid @RequestBody SuperviseRequest request,
            @AuthenticationPrincipal Actor actor) {
        return cases.supervise(id, request.note(), actor, directory.currentScope());
    }

    @GetMapping("/api/v1/incidents/{id}/supervision")
    @PreAuthorize(IncidentAccess.READ_CASES)
    @ResponseBody
    CaseTracking.Supervision supervision(@PathVariable long id) {
        return cases.supervisionVisible(id, directory.currentScope());
    }

    record TrackRequest(@NotNull CaseTracking.TrackStatus status, @Size(max = 1000) String note) {
    }

    @PostMapping("/api/v1/incidents/{id}/tracks/{track}")
    @PreAuthorize(IncidentAccess.TRACKS)
    @ResponseBody
    CaseTracking.Supervision track(@PathVariable long id, @PathVariable CaseTracking.Track track,
            @RequestBody TrackRequest request, @AuthenticationPrincipal Actor actor) {
        incidents.requireVisible(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(request);
        return cases.updateTrack(id, track, request.status(), request.note(), actor.username(), directory.currentScope());
    }

    record SupportRequest(@NotBlank @Size(max = 1000) String note) {
    }

    @PostMapping("/api/v1/incidents/{id}/staff-support")
    @PreAuthorize(IncidentAccess.SUPPORT_STAFF)
    @ResponseBody
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    void staffSupported(@PathVariable long id, @RequestBody SupportRequest request,
            @AuthenticationPrincipal Actor actor) {
        incidents.requireVisible(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(request);
        cases.staffSupported(id, request.note(), actor.username(), directory.currentScope());
    }

    @PostMapping("/incidents/{id}/supervision")
    @PreAuthorize(IncidentAccess.SUPERVISE)
    String supervisePage(@PathVariable long id, @RequestParam(required = false) String note,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/incidents/" + id, () -> cases.supervise(id, note, actor, directory.currentScope()));
    }

    @PostMapping("/incidents/{id}/tracks/{track}")
    @PreAuthorize(IncidentAccess.TRACKS)
    String trackPage(@PathVariable long id, @PathVariable CaseTracking.Track track,
            @RequestParam CaseTracking.TrackStatus status, @RequestParam(required = false) String note,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/incidents/" + id, () -> cases.updateTrack(id, track, status, note, actor.username(), directory.currentScope()));
    }

    @PostMapping("/incidents/{id}/staff-support")
    @PreAuthorize(IncidentAccess.SUPPORT_STAFF)
    String supportPage(@PathVariable long id, @RequestParam(required = false) String note,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/incidents/" + id, () -> cases.staffSupported(id, note, actor.username(), directory.currentScope()));
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem casesNavigation() {
            return NavigationItem.of("nav.cases", "/cases", 11, IncidentAccess.READ_CASES);
        }
    }
}
