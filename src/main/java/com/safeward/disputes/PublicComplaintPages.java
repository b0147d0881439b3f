package com.safeward.disputes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

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

import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.Forms;

/**
 * The public complaint pages (DSP-1), reached by the QR code the hospital prints: no login, made
 * for a phone. The hospital's process and contacts, the form, the tracking number once filed, and
 * the page to follow and add to a complaint with it. Rate limits and tickets: {@link PublicComplaintGuard};
 * over a limit the page says to try later (429, the web module's page for every rate limit).
 */
@Controller
@RequestMapping("/public/complaints")
class PublicComplaintPages {

    private final PublicComplaints complaints;
    private final OrganizationDirectory directory;

    PublicComplaintPages(PublicComplaints complaints, OrganizationDirectory directory) {
        this.complaints = complaints;
        this.directory = directory;
    }

    @GetMapping("/{hospital}")
    String form(@PathVariable String hospital, HttpServletRequest request, Model model) {
        PublicComplaints.Page page = complaints.page(hospital, request.getRemoteAddr());
        PublicComplaintForm form = new PublicComplaintForm();
        form.ticket = page.ticket();
        Forms.show(model, "form", form);
        return show(page, model);
    }

    @PostMapping("/{hospital}")
    String file(@PathVariable String hospital, @Valid @ModelAttribute("form") PublicComplaintForm form,
            BindingResult errors, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            String number = complaints.file(hospital, form, request.getRemoteAddr());
            redirect.addFlashAttribute("filed", true);
            return "redirect:/public/complaints/track?number=" + number;
        }, () -> {
            PublicComplaints.Page page = complaints.page(hospital, request.getRemoteAddr());
            form.ticket = page.ticket(); // a fresh one: the next try is timed from now
            return show(page, model);
        });
    }

    @GetMapping("/track")
    String track(@RequestParam(required = false) String number, HttpServletRequest request, Model model) {
        model.addAttribute("number", number);
        if (number != null && !number.isBlank()) {
            try {
                model.addAttribute("complaint", complaints.track(number, request.getRemoteAddr()));
            } catch (NotFound unknown) {
                model.addAttribute("unknown", true);
            }
        }
        return "public/complaint-track";
    }

    @PostMapping("/track")
    String add(@RequestParam String number, @RequestParam(required = false) String content, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        try {
            String known = complaints.add(number, content, request.getRemoteAddr()).trackingNumber();
            redirect.addFlashAttribute("added", true);
            return "redirect:/public/complaints/track?number=" + known;
        } catch (NotFound unknown) {
            return track(number, request, model);
        } catch (RuleViolation invalid) {
            model.addAttribute("addError", invalid.messageKey());
            return track(number, request, model);
        }
    }

    private String show(PublicComplaints.Page page, Model model) {
        model.addAttribute("process", page.process());
        model.addAttribute("departments", directory.departmentChoices(page.process().hospitalId()));
        return "public/complaint-form";
    }
}
