package com.safeward.disputes;

import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.identity.AccountDirectory;
import com.safeward.kernel.NotFound;
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/**
 * Complaint pages (DSP-1): the list, recording one, a complaint with its steps (take, hand over,
 * accept, answer, close), and the process sheet with the public page's QR code to print. Same
 * roles as {@link ComplaintApi}; the sheet's contacts: {@link ComplaintAccess#PUBLISH}.
 */
@Controller
@RequestMapping("/complaints")
@AccessDeclaredBy(ComplaintAccess.class)
class ComplaintPages {

    private final ComplaintDesk desk;
    private final ComplaintQueries queries;
    private final ComplaintProcess process;
    private final OrganizationDirectory directory;
    private final AccountDirectory accounts;

    ComplaintPages(ComplaintDesk desk, ComplaintQueries queries, ComplaintProcess process,
            OrganizationDirectory directory, AccountDirectory accounts) {
        this.desk = desk;
        this.queries = queries;
        this.process = process;
        this.directory = directory;
        this.accounts = accounts;
    }

    @GetMapping
    @PreAuthorize(ComplaintAccess.READ)
    String list(@ModelAttribute("filter") ComplaintQueries.ComplaintFilter filter,
            @PageableDefault(size = 20) Pageable pageable, @AuthenticationPrincipal Actor actor, Model model) {
        DataScope scope = directory.currentScope();
        model.addAttribute("page", queries.list(filter, actor, scope, pageable));
        model.addAttribute("hospitals", directory.hospitalChoices(scope));
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("channels", ComplaintChannel.values());
        return "complaints/list";
    }

    @GetMapping("/new")
    @PreAuthorize(ComplaintAccess.HANDLE)
    String newComplaint(@AuthenticationPrincipal Actor actor, Model model) {
        ComplaintForm form = new ComplaintForm();
        form.hospitalId = actor.hospitalId();
        form.channel = ComplaintChannel.IN_PERSON;
        Forms.show(model, "form", form);
        return form(actor, model);
    }

    @PostMapping
    @PreAuthorize(ComplaintAccess.HANDLE)
    String register(@Valid @ModelAttribute("form") ComplaintForm form, BindingResult errors,
            @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        form.hospitalId = actor.hospitalId();
        return Forms.submit(errors, () -> {
            long id = desk.register(form, actor, directory.currentScope()).id();
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/complaints/" + id;
        }, () -> form(actor, model));
    }

    @GetMapping("/{id}")
    @PreAuthorize(ComplaintAccess.READ)
    String detail(@PathVariable long id, @AuthenticationPrincipal Actor actor, Model model) {
        ComplaintView complaint = queries.get(id, actor, directory.currentScope());
        model.addAttribute("complaint", complaint);
        boolean own = actor.hospitalId() != null && actor.hospitalId() == complaint.hospitalId();
        model.addAttribute("ownHospital", own);
        model.addAttribute("me", actor.username());
        model.addAttribute("colleagues", own ? accounts.usernames(complaint.hospitalId(), ComplaintDesk.HANDLERS).stream()
                .filter(u -> !u.equals(actor.username())).toList() : java.util.List.of());
        return "complaints/detail";
    }

    @PostMapping("/{id}/claim")
    @PreAuthorize(ComplaintAccess.HANDLE)
    String claim(@PathVariable long id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/complaints/" + id, () -> desk.claim(id, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/handover")
    @PreAuthorize(ComplaintAccess.HANDLE)
    String handOver(@PathVariable long id, @RequestParam(required = false) String to,
            @RequestParam(required = false) String note, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/complaints/" + id,
                () -> desk.handOver(id, to, note, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize(ComplaintAccess.HANDLE)
    String accept(@PathVariable long id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/complaints/" + id, () -> desk.accept(id, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/decline")
    @PreAuthorize(ComplaintAccess.HANDLE)
    String decline(@PathVariable long id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/complaints/" + id, () -> desk.decline(id, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/several-departments")
    @PreAuthorize(ComplaintAccess.HANDLE)
    String severalDepartments(@PathVariable long id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/complaints/" + id,
                () -> desk.involveSeveralDepartments(id, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/answer")
    @PreAuthorize(ComplaintAccess.HANDLE)
    String answer(@PathVariable long id, @RequestParam(required = false) String findings,
            @RequestParam(required = false) String feedback, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/complaints/" + id,
                () -> desk.answer(id, findings, feedback, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(ComplaintAccess.HANDLE)
    String close(@PathVariable long id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/complaints/" + id, () -> desk.close(id, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/notes")
    @PreAuthorize(ComplaintAccess.HANDLE)
    String note(@PathVariable long id, @RequestParam(required = false) String content,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/complaints/" + id, () -> desk.addNote(id, content, actor, directory.currentScope()));
    }

    /** The process sheet to print and post (流程与联系方式), with the QR code of the public page. */
    @GetMapping("/process")
    @PreAuthorize(ComplaintAccess.PROCESS)
    String processSheet(@AuthenticationPrincipal Actor actor, Model model) {
        ComplaintProcess.Published published = sheet(ownHospital(actor), model);
        ComplaintProcess.ContactsForm form = new ComplaintProcess.ContactsForm();
        form.office = published.office();
        form.location = published.location();
        form.phone = published.phone();
        form.hours = published.hours();
        Forms.show(model, "contacts", form);
        return "complaints/process";
    }

    @PostMapping("/process")
    @PreAuthorize(ComplaintAccess.PUBLISH)
    String saveContacts(@Valid @ModelAttribute("contacts") ComplaintProcess.ContactsForm form, BindingResult errors,
            @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        long hospital = ownHospital(actor);
        return Forms.submit(errors, () -> {
            process.saveContacts(hospital, form, actor.username(), directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/complaints/process";
        }, () -> {
            sheet(hospital, model);
            return "complaints/process";
        });
    }

    /** The sheet's process, contacts and QR code in the model. */
    private ComplaintProcess.Published sheet(long hospital, Model model) {
        ComplaintProcess.Published published = process.of(hospital);
        model.addAttribute("process", published);
        model.addAttribute("qr", ComplaintQrCode.svg(published.publicUrl()));
        return published;
    }

    @GetMapping(value = "/process/qr.svg", produces = "image/svg+xml")
    @PreAuthorize(ComplaintAccess.PROCESS)
    ResponseEntity<String> qr(@AuthenticationPrincipal Actor actor) {
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .body(ComplaintQrCode.svg(process.of(ownHospital(actor)).publicUrl()));
    }

    private static long ownHospital(Actor actor) {
        if (actor.hospitalId() == null) {
            throw new NotFound("hospital", "own");
        }
        return actor.hospitalId();
    }

    private String form(Actor actor, Model model) {
        model.addAttribute("channels", java.util.Arrays.stream(ComplaintChannel.values())
                .filter(c -> c != ComplaintChannel.PUBLIC_PAGE).toList());
        model.addAttribute("departments", directory.departmentChoices(actor.hospitalId()));
        return "complaints/form";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem complaintNavigation() {
            return NavigationItem.of("nav.complaints", "/complaints", 18, ComplaintAccess.READ);
        }
    }
}
