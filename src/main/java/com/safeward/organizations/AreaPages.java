package com.safeward.organizations;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
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

import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.AccessRules;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/** Area list (search, filter, sort, page, CSV) and forms. Same roles and scope as {@link AreaApi}. */
@Controller
@RequestMapping("/areas")
@AccessDeclaredBy(OrganizationAccess.class)
class AreaPages {

    private final OrganizationQueries queries;
    private final OrganizationAdministration administration;
    private final OrganizationDirectory directory;
    private final OrganizationExport export;
    private final Areas areas;
    private final AccessRules access;

    AreaPages(OrganizationQueries queries, OrganizationAdministration administration, OrganizationDirectory directory,
            OrganizationExport export, Areas areas, AccessRules access) {
        this.access = access;
        this.queries = queries;
        this.administration = administration;
        this.directory = directory;
        this.export = export;
        this.areas = areas;
    }

    @GetMapping
    @PreAuthorize(OrganizationAccess.READ)
    String list(@ModelAttribute("filter") OrganizationQueries.AreaFilter filter, @PageableDefault Pageable pageable,
            Model model) {
        DataScope scope = directory.currentScope();
        model.addAttribute("page", queries.areas(filter, scope, pageable));
        model.addAttribute("hospitals", directory.hospitalChoices(scope));
        model.addAttribute("types", AreaType.values());
        return "areas/list";
    }

    @GetMapping("/export")
    @PreAuthorize(OrganizationAccess.READ)
    void exportCsv(@ModelAttribute("filter") OrganizationQueries.AreaFilter filter, Pageable pageable,
            HttpServletResponse response) throws IOException {
        export.areas(filter, pageable, response);
    }

    @GetMapping("/new")
    @PreAuthorize(OrganizationAccess.HOSPITAL_DATA)
    String newArea(@RequestParam(required = false) Long hospitalId, Model model) {
        AreaForm form = new AreaForm();
        var choices = directory.hospitalChoices(directory.currentScope());
        form.hospitalId = hospitalId != null ? hospitalId : choices.size() == 1 ? choices.get(0).id() : null;
        Forms.show(model, "form", form);
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize(OrganizationAccess.HOSPITAL_DATA)
    String create(@Valid @ModelAttribute("form") AreaForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            AreaView saved = administration.createArea(form, directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/areas?hospitalId=" + saved.hospitalId();
        }, () -> form(model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(OrganizationAccess.HOSPITAL_DATA)
    String edit(@PathVariable long id, Model model) {
        queries.area(id, directory.currentScope()); // 404 outside the scope
        AreaForm form = AreaForm.of(areas.findById(id).orElseThrow());
        Forms.show(model, "form", form);
        return form(model, form, id);
    }

    @PostMapping("/{id}")
    @PreAuthorize(OrganizationAccess.HOSPITAL_DATA)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AreaForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            AreaView saved = administration.updateArea(id, form, directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/areas?hospitalId=" + saved.hospitalId();
        }, () -> form(model, form, id));
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(OrganizationAccess.HOSPITAL_DATA)
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        administration.deleteArea(id, directory.currentScope());
        redirect.addFlashAttribute("notice", "notice.deleted");
        return "redirect:/areas";
    }

    private String form(Model model, AreaForm form, Long id) {
        model.addAttribute("areaId", id);
        model.addAttribute("hospitals", directory.hospitalChoices(directory.currentScope()));
        boolean visible = directory.currentScope().includes(form.hospitalId);
        model.addAttribute("departments", visible ? directory.departmentChoices(form.hospitalId) : java.util.List.of());
        model.addAttribute("types", AreaType.values());
        return "areas/form";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem areasNavigation() {
            return NavigationItem.forAll("nav.areas", "/areas", 30);
        }
    }
}
