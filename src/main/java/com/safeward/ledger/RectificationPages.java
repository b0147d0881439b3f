package com.safeward.ledger;

import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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

import com.safeward.identity.AccountDirectory;
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.Forms;

/** The rectification ledger's pages (RSK-2): the list with filters and Excel export, one item, entering a problem. Same roles as {@link RectificationApi}. */
@Controller
@RequestMapping("/rectifications")
@AccessDeclaredBy(LedgerAccess.class)
class RectificationPages {

    private final Rectifying rectifying;
    private final LedgerQueries queries;
    private final LedgerExport export;
    private final OrganizationDirectory directory;
    private final AccountDirectory accounts;

    RectificationPages(Rectifying rectifying, LedgerQueries queries, LedgerExport export,
            OrganizationDirectory directory, AccountDirectory accounts) {
        this.rectifying = rectifying;
        this.queries = queries;
        this.export = export;
        this.directory = directory;
        this.accounts = accounts;
    }

    @GetMapping
    @PreAuthorize(LedgerAccess.LEDGER)
    String list(@ModelAttribute("filter") LedgerQueries.LedgerFilter filter, @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal Actor actor, Model model) {
        DataScope scope = directory.currentScope();
        model.addAttribute("page", queries.list(filter, viewer(actor), pageable));
        model.addAttribute("hospitals", directory.hospitalChoices(scope));
        model.addAttribute("departments", filter.hospitalId() != null && scope.includes(filter.hospitalId())
                ? directory.departmentChoices(filter.hospitalId())
                : actor.hospitalId() != null ? directory.departmentChoices(actor.hospitalId()) : java.util.List.of());
        model.addAttribute("sources", RectificationSource.values());
        model.addAttribute("statuses", RectificationStatus.values());
        return "rectifications/list";
    }

    @GetMapping("/export")
    @PreAuthorize(LedgerAccess.EXPORT)
    ResponseEntity<byte[]> export(@ModelAttribute LedgerQueries.LedgerFilter filter, Pageable pageable,
            @AuthenticationPrincipal Actor actor) {
        return export.workbook(filter, pageable, viewer(actor));
    }

    @GetMapping("/new")
    @PreAuthorize(LedgerAccess.RAISE)
    String newItem(@RequestParam(required = false) Long hospitalId, Model model) {
        FindingForm form = new FindingForm();
        var hospitals = directory.hospitalChoices(directory.currentScope());
        form.hospitalId = hospitalId != null ? hospitalId : hospitals.size() == 1 ? hospitals.get(0).id() : null;
        Forms.show(model, "form", form);
        return form(model, form);
    }

    @PostMapping
    @PreAuthorize(LedgerAccess.RAISE)
    String open(@Valid @ModelAttribute("form") FindingForm form, BindingResult errors, @AuthenticationPrincipal Actor actor,
            Model model) {
        return Forms.submit(errors, () -> "redirect:/rectifications/" + rectifying.open(form, viewer(actor)).id(),
                () -> form(model, form));
    }

    @GetMapping("/{id}")
    @PreAuthorize(LedgerAccess.LEDGER)
    String detail(@PathVariable long id, @AuthenticationPrincipal Actor actor, Model model) {
        LedgerViewer viewer = viewer(actor);
        RectificationView item = queries.get(id, viewer);
        Rectification row = queries.visible(id, viewer);
        model.addAttribute("item", item);
        model.addAttribute("mayWork", Rectifying.mayWork(row, viewer));
        boolean verifier = item.status() == RectificationStatus.AWAITING_VERIFICATION
                && !viewer.username().equals(row.owner()) && !viewer.username().equals(row.doneBy());
        model.addAttribute("mayVerify", verifier);
        model.addAttribute("departments", directory.departmentChoices(item.hospitalId()));
        model.addAttribute("people", people(item.hospitalId()));
        return "rectifications/detail";
    }

    @PostMapping("/{id}/assignment")
    @PreAuthorize(LedgerAccess.ASSIGN)
    String assign(@PathVariable long id, @ModelAttribute AssignForm form, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/rectifications/" + id, () -> {
            if (form.ownerDepartmentId == null || form.dueDate == null) {
                throw new com.safeward.kernel.RuleViolation("dueDate", "validation.rectification.assignment");
            }
            rectifying.assign(id, form, viewer(actor));
        });
    }

    /** What the owner did, with a photo when one is chosen. */
    @PostMapping("/{id}/progress")
    @PreAuthorize(LedgerAccess.WORK)
    String progress(@PathVariable long id, @ModelAttribute ProgressForm form,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/rectifications/" + id, () -> {
            LedgerViewer viewer = viewer(actor);
            if (form.note == null || form.note.isBlank()) {
                throw new com.safeward.kernel.RuleViolation("note", "validation.rectification.progressNote");
            }
            if (file != null && !file.isEmpty()) {
                rectifying.addPhoto(id, file, viewer);
            }
            rectifying.progress(id, form, viewer);
        });
    }

    @PostMapping("/{id}/verify")
    @PreAuthorize(LedgerAccess.VERIFY)
    String verify(@PathVariable long id, @ModelAttribute VerdictForm form, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/rectifications/" + id, () -> rectifying.verify(id, form, viewer(actor)));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize(LedgerAccess.VERIFY)
    String reject(@PathVariable long id, @ModelAttribute VerdictForm form, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/rectifications/" + id, () -> rectifying.reject(id, form, viewer(actor)));
    }

    @GetMapping("/{id}/photos/{fileId}")
    @PreAuthorize(LedgerAccess.LEDGER)
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long fileId, @AuthenticationPrincipal Actor actor) {
        return queries.photo(id, fileId, viewer(actor)).asDownload();
    }

    private String form(Model model, FindingForm form) {
        DataScope scope = directory.currentScope();
        model.addAttribute("hospitals", directory.hospitalChoices(scope));
        boolean known = form.hospitalId != null && scope.includes(form.hospitalId);
        model.addAttribute("departments", known ? directory.departmentChoices(form.hospitalId) : java.util.List.of());
        model.addAttribute("people", known ? people(form.hospitalId) : java.util.List.of());
        model.addAttribute("sources", RectificationSource.values());
        model.addAttribute("severities", Severity.values());
        return "rectifications/form";
    }

    /** The hospital's people who may own an item. */
    private java.util.List<String> people(long hospitalId) {
        return accounts.usernames(hospitalId, java.util.EnumSet.of(Role.HOSPITAL_ADMIN, Role.SECURITY_OFFICER,
                Role.MONITORING_OPERATOR, Role.GUARD, Role.MEDICAL_STAFF, Role.COMPLAINTS_OFFICER, Role.HOSPITAL_LEADER));
    }

    private LedgerViewer viewer(Actor actor) {
        return LedgerViewer.of(actor, directory.currentScope());
    }
}
