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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.kernel.NotFound;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.AccessRules;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/** Hospital list, detail (with departments) and forms. Same roles and scope as {@link HospitalApi}. */
@Controller
@RequestMapping("/hospitals")
@AccessDeclaredBy(OrganizationAccess.class)
class HospitalPages {

    private final OrganizationQueries queries;
    private final OrganizationAdministration administration;
    private final OrganizationDirectory directory;
    private final OrganizationExport export;
    private final Hospitals hospitals;
    private final AccessRules access;

    HospitalPages(OrganizationQueries queries, OrganizationAdministration administration,
            OrganizationDirectory directory, OrganizationExport export, Hospitals hospitals, AccessRules access) {
        this.access = access;
        this.hospitals = hospitals;
        this.queries = queries;
        this.administration = administration;
        this.directory = directory;
        this.export = export;
    }

    @GetMapping
    @PreAuthorize(OrganizationAccess.READ)
    String list(@ModelAttribute("filter") OrganizationQueries.HospitalFilter filter, @PageableDefault Pageable pageable,
            Model model) {
        model.addAttribute("page", queries.hospitals(filter, directory.currentScope(), pageable));
        model.addAttribute("regions", directory.regionChoices());
        model.addAttribute("grades", HospitalGrade.values());
        return "hospitals/list";
    }

    @GetMapping("/export")
    @PreAuthorize(OrganizationAccess.READ)
    void exportCsv(@ModelAttribute("filter") OrganizationQueries.HospitalFilter filter, Pageable pageable,
            HttpServletResponse response) throws IOException {
        export.hospitals(filter, pageable, response);
    }

    @GetMapping("/{id}")
    @PreAuthorize(OrganizationAccess.READ)
    String detail(@PathVariable long id, Model model) {
        DataScope scope = directory.currentScope();
        model.addAttribute("hospital", queries.hospital(id, scope));
        model.addAttribute("departments", queries.departments(id, scope));
        model.addAttribute("kinds", DepartmentKind.values());
        if (!model.containsAttribute("departmentForm")) {
            Forms.show(model, "departmentForm", new DepartmentForm());
        }
        return "hospitals/detail";
    }

    @GetMapping("/new")
    @PreAuthorize(OrganizationAccess.MASTER_DATA)
    String newHospital(Model model) {
        Forms.show(model, "form", new HospitalForm());
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize(OrganizationAccess.MASTER_DATA)
    String register(@Valid @ModelAttribute("form") HospitalForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            HospitalView saved = administration.registerHospital(form);
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/hospitals/" + saved.id();
        }, () -> form(model, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(OrganizationAccess.HOSPITAL_DATA)
    String edit(@PathVariable long id, Model model) {
        Hospital hospital = visible(id);
        Forms.show(model, "form", HospitalForm.of(hospital));
        return form(model, hospital.id());
    }

    @PostMapping("/{id}")
    @PreAuthorize(OrganizationAccess.HOSPITAL_DATA)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") HospitalForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            administration.updateHospital(id, form, directory.currentScope(), HospitalApi.isSystemAdmin());
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/hospitals/" + id;
        }, () -> form(model, id));
    }

    @PostMapping("/{id}/departments")
    @PreAuthorize(OrganizationAccess.HOSPITAL_DATA)
    String addDepartment(@PathVariable long id, @Valid @ModelAttribute("departmentForm") DepartmentForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            administration.addDepartment(id, form, directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/hospitals/" + id;
        }, () -> detail(id, model));
    }

    @GetMapping("/{id}/departments/{departmentId}/edit")
    @PreAuthorize(OrganizationAccess.HOSPITAL_DATA)
    String editDepartment(@PathVariable long id, @PathVariable long departmentId, Model model) {
        DepartmentView department = queries.departments(id, directory.currentScope()).stream()
                .filter(d -> d.id() == departmentId).findFirst()
                .orElseThrow(() -> new NotFound("department", departmentId));
        DepartmentForm form = new DepartmentForm();
        form.code = department.code();
        form.name = department.name();
        form.kind = department.kind();
        Forms.show(model, "form", form);
        return departmentForm(model, id, departmentId);
    }

    @PostMapping("/{id}/departments/{departmentId}")
    @PreAuthorize(OrganizationAccess.HOSPITAL_DATA)
    String updateDepartment(@PathVariable long id, @PathVariable long departmentId,
            @Valid @ModelAttribute("form") DepartmentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            administration.updateDepartment(id, departmentId, form, directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/hospitals/" + id;
        }, () -> departmentForm(model, id, departmentId));
    }

    private String departmentForm(Model model, long hospitalId, long departmentId) {
        model.addAttribute("hospital", queries.hospital(hospitalId, directory.currentScope()));
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("kinds", DepartmentKind.values());
        return "hospitals/department";
    }

    private Hospital visible(long id) {
        DataScope scope = directory.currentScope();
        return hospitals.findById(id).filter(h -> scope.includes(h.id()))
                .orElseThrow(() -> new NotFound("hospital", id));
    }

    private String form(Model model, Long id) {
        model.addAttribute("hospitalId", id);
        model.addAttribute("regions", directory.regionChoices());
        model.addAttribute("stations", directory.policeStationChoices());
        model.addAttribute("categories", HospitalCategory.values());
        model.addAttribute("grades", HospitalGrade.values());
        model.addAttribute("gradeClasses", GradeClass.values());
        model.addAttribute("mayReassign", id == null || HospitalApi.isSystemAdmin());
        return "hospitals/form";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem hospitalsNavigation() {
            return NavigationItem.forAll("nav.hospitals", "/hospitals", 20);
        }
    }
}
