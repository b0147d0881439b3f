package com.safeward.compliance;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.organizations.OrganizationDirectory;

/**
 * Compliance reports (SUP-4): a month's ({@code 2026-11}) or a quarter's ({@code 2026-Q4}) report of
 * a hospital — its own management, and the regulators, committees and admins above it — or of a
 * region — regulators, committees and admins who see every hospital of it; other hospitals and
 * regions answer 404. {@code format}: {@code json} (default), {@code pdf}, {@code xlsx}. The archive
 * holds the reports generated on schedule after each month and quarter.
 */
@RestController
@RequestMapping("/api/v1/compliance/reports")
@Tag(name = "Compliance reports", description = "SUP-4: monthly and quarterly reports per hospital and region, PDF and Excel")
class ComplianceReportApi {

    private final ComplianceReports reports;
    private final ComplianceReportData data;
    private final OrganizationDirectory directory;

    ComplianceReportApi(ComplianceReports reports, ComplianceReportData data, OrganizationDirectory directory) {
        this.reports = reports;
        this.data = data;
        this.directory = directory;
    }

    @GetMapping("/hospitals/{id}")
    @PreAuthorize(ComplianceAccess.READ)
    @Operation(summary = "A hospital's report of a month or quarter: score, trend, failing requirements with the "
            + "finding and what to do to pass; as JSON, PDF or Excel")
    ResponseEntity<?> hospital(@PathVariable long id,
            @Parameter(description = "2026-11 or 2026-Q4", required = true) @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "json") String format) throws MissingServletRequestParameterException {
        directory.currentScope().require(id, "hospital", id); // 404 outside the scope, before the parameters
        if (period == null) {
            throw new MissingServletRequestParameterException("period", "String");
        }
        ReportPeriod parsed = ReportPeriod.parse(period);
        if ("json".equals(format)) {
            return ResponseEntity.ok(data.hospital(id, parsed, directory.currentScope(), LocaleContextHolder.getLocale()));
        }
        return reports.download(reports.hospital(id, parsed, directory.currentScope(), LocaleContextHolder.getLocale()),
                ComplianceReports.excel(format));
    }

    @GetMapping("/regions/{id}")
    @PreAuthorize(ComplianceAccess.OVERVIEW)
    @Operation(summary = "A region's report of a month or quarter: its hospitals' scores worst first, the average "
            + "trend, the share passing each requirement; as JSON, PDF or Excel")
    ResponseEntity<?> region(@PathVariable long id,
            @Parameter(description = "2026-11 or 2026-Q4") @RequestParam String period,
            @RequestParam(defaultValue = "json") String format) {
        ReportPeriod parsed = ReportPeriod.parse(period);
        if ("json".equals(format)) {
            return ResponseEntity.ok(data.region(id, parsed, directory.currentScope(), LocaleContextHolder.getLocale()));
        }
        return reports.download(reports.region(id, parsed, directory.currentScope(), LocaleContextHolder.getLocale()),
                ComplianceReports.excel(format));
    }

    @GetMapping
    @PreAuthorize(ComplianceAccess.READ)
    @Operation(summary = "The archive of reports generated on schedule, newest period first")
    List<ComplianceReports.Archived> archive() {
        return reports.archive(directory.currentScope());
    }

    @GetMapping("/{id}/{format}")
    @PreAuthorize(ComplianceAccess.READ)
    @Operation(summary = "An archived report's file: pdf or xlsx")
    ResponseEntity<byte[]> archived(@PathVariable long id, @PathVariable String format) {
        return reports.archived(id, format, directory.currentScope());
    }
}
