package com.safeward.compliance;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;

/**
 * Target tasks (RSK-4, 对账销号). Read: regulators and committees (the parts of their hospitals),
 * a hospital's security officers, leaders and admin (their part). Issue: regulators, to the
 * hospitals under them. Report done: the hospital's security officers and leaders. Accept or
 * return: the regulators of the issuing region. A task without a part in the caller's scope is 404.
 */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Target tasks", description = "RSK-4: tasks to hospitals, completion with evidence, acceptance (对账销号)")
class TaskApi {

    /** A regulator's decision on one hospital's report. */
    record Decision(Long hospitalId, String note) {
    }

    private final TargetTasks tasks;
    private final OrganizationDirectory directory;

    TaskApi(TargetTasks tasks, OrganizationDirectory directory) {
        this.tasks = tasks;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(ComplianceAccess.TASKS)
    @Operation(summary = "Tasks with a part in your scope, latest deadline first, with progress counts")
    List<TaskViews.TaskView> list(@AuthenticationPrincipal Actor actor) {
        return tasks.list(actor, directory.currentScope());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ComplianceAccess.ISSUE_TASKS)
    @Operation(summary = "Issue a task to every hospital under you, or those of one grade (grade=LEVEL_3: tertiary)")
    TaskViews.TaskView issue(@Valid @RequestBody TaskForm form, @AuthenticationPrincipal Actor actor) {
        return tasks.issue(form, actor, directory.currentScope());
    }

    @GetMapping("/{id}")
    @PreAuthorize(ComplianceAccess.TASKS)
    @Operation(summary = "A task with each hospital's part: status, overdue, report, files, decision")
    TaskViews.TaskView get(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return tasks.get(id, actor, directory.currentScope());
    }

    @PostMapping(value = "/{id}/completion", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(ComplianceAccess.REPORT_TASKS)
    @Operation(summary = "Report your hospital's part done: a note and files (JPEG, PNG, WebP, PDF …; by content)")
    TaskViews.TaskView complete(@PathVariable long id, @RequestParam(required = false) String note,
            @RequestParam(required = false) List<MultipartFile> file, @AuthenticationPrincipal Actor actor) {
        return tasks.report(id, actor.hospitalId() == null ? -1 : actor.hospitalId(), note, file, actor,
                directory.currentScope());
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize(ComplianceAccess.ISSUE_TASKS)
    @Operation(summary = "Accept a hospital's report (销号); the issuing region's regulators only")
    TaskViews.TaskView accept(@PathVariable long id, @RequestBody(required = false) Decision decision,
            @AuthenticationPrincipal Actor actor) {
        Decision given = decision == null ? new Decision(null, null) : decision;
        return tasks.decide(id, hospital(given), true, given.note(), actor, directory.currentScope());
    }

    @PostMapping("/{id}/return")
    @PreAuthorize(ComplianceAccess.ISSUE_TASKS)
    @Operation(summary = "Return a hospital's report with a note saying what is missing")
    TaskViews.TaskView sendBack(@PathVariable long id, @RequestBody(required = false) Decision decision,
            @AuthenticationPrincipal Actor actor) {
        Decision given = decision == null ? new Decision(null, null) : decision;
        return tasks.decide(id, hospital(given), false, given.note(), actor, directory.currentScope());
    }

    @GetMapping("/{id}/hospitals/{hospitalId}/files/{fileId}")
    @PreAuthorize(ComplianceAccess.TASKS)
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long hospitalId, @PathVariable long fileId) {
        return tasks.file(id, hospitalId, fileId, directory.currentScope()).asDownload();
    }

    private static long hospital(Decision decision) {
        if (decision.hospitalId() == null) {
            throw new com.safeward.kernel.RuleViolation("hospitalId", "validation.task.hospital");
        }
        return decision.hospitalId();
    }
}
