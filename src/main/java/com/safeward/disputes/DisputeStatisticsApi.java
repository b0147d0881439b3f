package com.safeward.disputes;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.organizations.OrganizationDirectory;

/**
 * Dispute statistics (DSP, regulators' view of their region): same readers as {@link DisputeApi}. The
 * period is of opening dates, this year by default.
 */
@RestController
@RequestMapping("/api/v1/disputes/statistics")
@Tag(name = "Medical disputes")
class DisputeStatisticsApi {

    private final DisputeStatistics statistics;
    private final DisputeStatisticsWorkbook workbook;
    private final OrganizationDirectory directory;

    DisputeStatisticsApi(DisputeStatistics statistics, DisputeStatisticsWorkbook workbook, OrganizationDirectory directory) {
        this.statistics = statistics;
        this.workbook = workbook;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(DisputeAccess.READ)
    @Operation(summary = "Figures by department, cause, channel, outcome, amount and duration for disputes opened from..to")
    DisputeStatistics.Figures figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long hospitalId) {
        return statistics.of(from, to, hospitalId, directory.currentScope());
    }

    @GetMapping("/xlsx")
    @PreAuthorize(DisputeAccess.READ)
    @Operation(summary = "The same figures as an Excel workbook")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long hospitalId) {
        return workbook.of(statistics.of(from, to, hospitalId, directory.currentScope()));
    }
}
