package com.safeward.organizations;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.AccessRules;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/** Region tree and police stations. Read: signed-in users; write: system admin. */
@Controller
@AccessDeclaredBy(OrganizationAccess.class)
class RegionPages {

    private final OrganizationQueries queries;
    private final OrganizationAdministration administration;
    private final OrganizationDirectory directory;
    private final AccessRules access;

    RegionPages(OrganizationQueries queries, OrganizationAdministration administration,
            OrganizationDirectory directory, AccessRules access) {
        this.access = access;
        this.queries = queries;
        this.administration = administration;
        this.directory = directory;
    }

    @GetMapping("/regions")
    @PreAuthorize(OrganizationAccess.READ)
    String regions(Model model) {
        if (!model.containsAttribute("form")) {
            Forms.show(model, "form", new RegionForm());
        }
        model.addAttribute("regions", queries.regionTree());
        return "regions/list";
    }

    @PostMapping("/regions")
    @PreAuthorize(OrganizationAccess.MASTER_DATA)
    String createRegion(@Valid @ModelAttribute("form") RegionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            administration.createRegion(form);
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/regions";
        }, () -> {
            model.addAttribute("regions", queries.regionTree());
            return "regions/list";
        });
    }

    @GetMapping("/regions/{id}/edit")
    @PreAuthorize(OrganizationAccess.MASTER_DATA)
    String editRegion(@PathVariable long id, Model model) {
        RegionView region = queries.region(id);
        RegionForm form = new RegionForm();
        form.code = region.code();
        form.name = region.name();
        form.parentId = region.parentId();
        Forms.show(model, "form", form);
        model.addAttribute("region", region);
        return "regions/edit";
    }

    @PostMapping("/regions/{id}")
    @PreAuthorize(OrganizationAccess.MASTER_DATA)
    String renameRegion(@PathVariable long id, @Valid @ModelAttribute("form") RegionForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasFieldErrors("name")) {
            model.addAttribute("region", queries.region(id));
            return "regions/edit";
        }
        administration.renameRegion(id, form.name);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/regions";
    }

    @GetMapping("/police-stations/{id}/edit")
    @PreAuthorize(OrganizationAccess.MASTER_DATA)
    String editStation(@PathVariable long id, Model model) {
        PoliceStationView station = queries.station(id);
        PoliceStationForm form = new PoliceStationForm();
        form.code = station.code();
        form.name = station.name();
        form.regionId = station.regionId();
        form.dutyPhone = station.dutyPhone();
        form.address = station.address();
        Forms.show(model, "form", form);
        return stationForm(model, id);
    }

    @PostMapping("/police-stations/{id}")
    @PreAuthorize(OrganizationAccess.MASTER_DATA)
    String updateStation(@PathVariable long id, @Valid @ModelAttribute("form") PoliceStationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            administration.updateStation(id, form);
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/police-stations";
        }, () -> stationForm(model, id));
    }

    private String stationForm(Model model, long id) {
        model.addAttribute("stationId", id);
        model.addAttribute("regionChoices", directory.regionChoices());
        return "regions/station";
    }

    @GetMapping("/police-stations")
    @PreAuthorize(OrganizationAccess.READ)
    String stations(@RequestParam(required = false) String q, @PageableDefault Pageable pageable, Model model) {
        if (!model.containsAttribute("form")) {
            Forms.show(model, "form", new PoliceStationForm());
        }
        return stationsPage(q, pageable, model);
    }

    @PostMapping("/police-stations")
    @PreAuthorize(OrganizationAccess.MASTER_DATA)
    String registerStation(@Valid @ModelAttribute("form") PoliceStationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            administration.registerStation(form);
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/police-stations";
        }, () -> stationsPage(null, Pageable.ofSize(20), model));
    }

    private String stationsPage(String q, Pageable pageable, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", queries.stations(q, pageable));
        model.addAttribute("regionChoices", directory.regionChoices());
        return "regions/stations";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem regionsNavigation() {
            return NavigationItem.of("nav.regions", "/regions", 80, OrganizationAccess.REGION_TREE);
        }

        @Bean
        NavigationItem stationsNavigation() {
            return NavigationItem.of("nav.policeStations", "/police-stations", 81, OrganizationAccess.POLICE_STATIONS);
        }
    }
}
