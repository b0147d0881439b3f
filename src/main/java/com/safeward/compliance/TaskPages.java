package com.safeward.compliance;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.organizations.Actor;
import com.safeward.organizations.HospitalGrade;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/** Target tasks' pages (RSK-4): the list, issuing one, a task with each hospital's part. Same roles as {@link TaskApi}. */
@Controller
@RequestMapping("/tasks")
@AccessDeclaredBy(ComplianceAccess.class)
class TaskPages {

    private final TargetTasks tasks;
    private final OrganizationDirectory directory;

    TaskPages(TargetTasks tasks, OrganizationDirectory directory) {
        this.tasks = tasks;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(ComplianceAccess.TASKS)
    String list(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("tasks", tasks.list(actor, directory.currentScope()));
        return "tasks/list";
    }

    @GetMapping("/new")
    @PreAuthorize(ComplianceAccess.ISSUE_TASKS)
    String newTask(Model model) {
        Forms.show(model, "form", new TaskForm());
        return form(model);
    }

    @PostMapping
    @PreAuthorize(ComplianceAccess.ISSUE_TASKS)
    String issue(@Valid @ModelAttribute("form") TaskForm form, BindingResult errors, @AuthenticationPrincipal Actor actor,
            Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = tasks.issue(form, actor, directory.currentScope()).id();
            redirect.addFlashAttribute("notice", "notice.taskIssued");
            return "redirect:/tasks/" + id;
        }, () -> form(model));
    }

    @GetMapping("/{id}")
    @PreAuthorize(ComplianceAccess.TASKS)
    String detail(@PathVariable long id, @AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("task", tasks.get(id, actor, directory.currentScope()));
        model.addAttribute("ownHospital", actor.hospitalId());
        return "tasks/detail";
    }

    @PostMapping("/{id}/completion")
    @PreAuthorize(ComplianceAccess.REPORT_TASKS)
    String complete(@PathVariable long id, @RequestParam(required = false) String note,
            @RequestParam(required = false) List<MultipartFile> file, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/tasks/" + id, () -> tasks.report(id,
                actor.hospitalId() == null ? -1 : actor.hospitalId(), note, file, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/hospitals/{hospitalId}/accept")
    @PreAuthorize(ComplianceAccess.ISSUE_TASKS)
    String accept(@PathVariable long id, @PathVariable long hospitalId, @RequestParam(required = false) String note,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/tasks/" + id,
                () -> tasks.decide(id, hospitalId, true, note, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/hospitals/{hospitalId}/return")
    @PreAuthorize(ComplianceAccess.ISSUE_TASKS)
    String sendBack(@PathVariable long id, @PathVariable long hospitalId, @RequestParam(required = false) String note,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/tasks/" + id,
                () -> tasks.decide(id, hospitalId, false, note, actor, directory.currentScope()));
    }

    @GetMapping("/{id}/hospitals/{hospitalId}/files/{fileId}")
    @PreAuthorize(ComplianceAccess.TASKS)
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long hospitalId, @PathVariable long fileId) {
        return tasks.file(id, hospitalId, fileId, directory.currentScope()).asDownload();
    }

    private String form(Model model) {
        model.addAttribute("grades", HospitalGrade.values());
        return "tasks/form";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem tasksNavigation() {
            return NavigationItem.of("nav.tasks", "/tasks", 16, ComplianceAccess.TASKS);
        }
    }
}
