package com.safeward.disputes;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.AccessDeclaredBy;

/** The dispute statistics page with its charts and the Excel download; same readers as {@link DisputeApi}. */
@Controller
@RequestMapping("/disputes/statistics")
@AccessDeclaredBy(DisputeAccess.class)
class DisputeStatisticsPages {

    private final DisputeStatistics statistics;
    private final DisputeStatisticsWorkbook workbook;
    private final OrganizationDirectory directory;

    DisputeStatisticsPages(DisputeStatistics statistics, DisputeStatisticsWorkbook workbook,
            OrganizationDirectory directory) {
        this.statistics = statistics;
        this.workbook = workbook;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(DisputeAccess.READ)
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long hospitalId, Model model) {
        model.addAttribute("figures", statistics.of(from, to, hospitalId, directory.currentScope()));
        model.addAttribute("hospitals", directory.hospitalChoices(directory.currentScope()));
        model.addAttribute("hospitalId", hospitalId);
        return "disputes/statistics";
    }

    @GetMapping("/export")
    @PreAuthorize(DisputeAccess.READ)
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long hospitalId) {
        return workbook.of(statistics.of(from, to, hospitalId, directory.currentScope()));
    }
}
