package com.safeward.compliance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.Text;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.texts.DisplayTimes;
import com.safeward.texts.Texts;
import com.safeward.web.PdfDocuments;
import com.safeward.web.XlsxExport;

/**
 * Monthly and quarterly compliance reports (SUP-4, H-3.3) of a hospital or a region, as PDF (Chinese,
 * font embedded, with the trend chart) and Excel: on demand for whoever may see the subject, and on
 * schedule — after each month and quarter, every region's report is generated once, archived, and
 * its regulators are told. Downloads are audited.
 */
@Service
@Transactional
class ComplianceReports {

    /** Subjects of a report. */
    enum Subject {
        HOSPITAL, REGION
    }

    /** A report in the archive. */
    record Archived(long id, Subject subject, long subjectId, String period, String title,
            Instant generatedAt, String generatedBy) {
    }

    /** A rendered report: its file name without extension, PDF and Excel. */
    record Rendered(String title, byte[] pdf, byte[] xlsx) {
    }

    static final String TASK = "compliance-reports";
    static final Locale ARCHIVE_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final ComplianceReportData data;
    private final ComplianceQueries queries;
    private final PdfDocuments pdf;
    private final Texts texts;
    private final DisplayTimes times;
    private final OrganizationDirectory organizations;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplianceReports(ComplianceReportData data, ComplianceQueries queries, PdfDocuments pdf, Texts texts,
            DisplayTimes times, OrganizationDirectory organizations, JdbcClient jdbc, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.data = data;
        this.queries = queries;
        this.pdf = pdf;
        this.texts = texts;
        this.times = times;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    Rendered hospital(long hospitalId, ReportPeriod period, DataScope scope, Locale locale) {
        ComplianceReportData.HospitalReport report = data.hospital(hospitalId, period, scope, locale);
        String title = texts.render(Text.of("compliance.report.hospitalTitle", report.hospital(),
                report.periodLabel()), locale);
        List<List<Object>> rows = new ArrayList<>();
        for (ComplianceReportData.RequirementLine line : concat(report.failing(), report.passing())) {
            rows.add(List.of(line.requirementId(), line.clause(), line.title(),
                    texts.render(Text.of("ComplianceStatus." + line.status()), locale), line.failedMonths(),
                    line.finding() == null ? "" : texts.render(line.finding(), locale),
                    line.remedy() == null ? "" : texts.render(line.remedy(), locale)));
        }
        byte[] workbook = XlsxExport.workbook(sheet(report.period()), headers(locale, "compliance.requirement",
                "compliance.clauseHeader", "compliance.requirementTitle", "compliance.status",
                "compliance.report.failedMonths", "compliance.finding", "compliance.remedy"), rows);
        return new Rendered(title, pdf.render("compliance-hospital", variables(report, title, report.until()), locale),
                workbook);
    }

    Rendered region(long regionId, ReportPeriod period, DataScope scope, Locale locale) {
        ComplianceReportData.RegionReport report = data.region(regionId, period, scope, locale);
        String title = texts.render(Text.of("compliance.report.regionTitle", report.region(), report.periodLabel()),
                locale);
        List<List<Object>> rows = report.hospitals().stream().map(h -> List.<Object>of(h.hospital(),
                h.score() == null ? "" : h.score(), h.failing().size(), String.join(", ", h.failing()))).toList();
        byte[] workbook = XlsxExport.workbook(sheet(report.period()), headers(locale, "hospital", "compliance.score",
                "compliance.failed", "compliance.failingRequirements"), rows);
        return new Rendered(title, pdf.render("compliance-region", variables(report, title, report.until()), locale),
                workbook);
    }

    /** A report as a download (PDF or Excel), audited. */
    ResponseEntity<byte[]> download(Rendered report, boolean excel) {
        audit.record(AuditEntry.of(AuditAction.EXPORTED, "ComplianceReport", "report", null,
                Text.of("audit.compliance.reportDownloaded", report.title())));
        return excel ? XlsxExport.download(report.title() + ".xlsx", report.xlsx())
                : PdfDocuments.download(report.title() + ".pdf", report.pdf());
    }

    /** The archive as the viewer may see it: regions whose every hospital they see, hospitals in their scope; newest first. */
    @Transactional(readOnly = true)
    List<Archived> archive(DataScope scope) {
        return jdbc.sql("select " + ARCHIVED + " from compliance_reports order by period desc, subject desc, title")
                .query(this::archived).stream().filter(a -> sees(a, scope)).toList();
    }

    /** One archived report's file, if the viewer sees its subject; 404 otherwise. */
    /** An archived report's file, pdf or xlsx: 404 outside the scope before the format is looked at. */
    ResponseEntity<byte[]> archived(long id, String format, DataScope scope) {
        Archived report = jdbc.sql("select " + ARCHIVED + " from compliance_reports where id = :id").param("id", id)
                .query(this::archived).optional().filter(a -> sees(a, scope))
                .orElseThrow(() -> new NotFound("report", id));
        boolean excel = excel(format);
        byte[] file = jdbc.sql("select " + (excel ? "xlsx" : "pdf") + " from compliance_reports where id = :id")
                .param("id", id).query(byte[].class).single();
        return download(new Rendered(report.title(), excel ? null : file, excel ? file : null), excel);
    }

    /** Whether a download is asked as Excel ("xlsx") rather than PDF ("pdf"); anything else names the format. */
    static boolean excel(String format) {
        return switch (format) {
            case "pdf" -> false;
            case "xlsx" -> true;
            default -> throw new com.safeward.kernel.RuleViolation("format", "compliance.report.formatInvalid", format);
        };
    }

    /**
     * After each month and quarter, every region's report of the period just over, once (a restart or
     * a second node finds it archived and skips it); its regulators are told. Returns how many were made.
     */
    int generateDue() {
        LocalDate today = LocalDate.ofInstant(Instant.now(clock), times.zone());
        int made = 0;
        for (ReportPeriod.Kind kind : ReportPeriod.Kind.values()) {
            ReportPeriod period = ReportPeriod.previous(kind, today);
            for (var region : organizations.regionChoices()) {
                if (archivedAlready(Subject.REGION, region.id(), period)
                        || queries.regionScope(region.id(), DataScope.all()).isEmpty()) {
                    continue;
                }
                Rendered report = region(region.id(), period, DataScope.all(), ARCHIVE_LOCALE);
                long id = store(Subject.REGION, region.id(), period, report, null);
                events.publishEvent(new ComplianceReportPublished(id, region.id(),
                        organizations.regionName(region.id()).orElse(""), period.toString()));
                made++;
            }
        }
        return made;
    }

    private static final String ARCHIVED = "id, subject, subject_id, period, title, generated_at, generated_by";

    private Archived archived(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Archived(rs.getLong("id"), Subject.valueOf(rs.getString("subject")), rs.getLong("subject_id"),
                rs.getString("period"), rs.getString("title"), rs.getTimestamp("generated_at").toInstant(),
                rs.getString("generated_by"));
    }

    private boolean archivedAlready(Subject subject, long id, ReportPeriod period) {
        return jdbc.sql("select count(*) from compliance_reports where subject = :s and subject_id = :id and period = :p")
                .param("s", subject.name()).param("id", id).param("p", period.toString()).query(Long.class).single() > 0;
    }

    private long store(Subject subject, long subjectId, ReportPeriod period, Rendered report, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into compliance_reports (subject, subject_id, period, title, generated_at, generated_by, pdf, xlsx) "
                + "values (:s, :id, :p, :t, :at, :by, :pdf, :xlsx)").param("s", subject.name()).param("id", subjectId)
                .param("p", period.toString()).param("t", report.title()).param("at", Timestamp.from(Instant.now(clock)))
                .param("by", by).param("pdf", report.pdf()).param("xlsx", report.xlsx()).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private boolean sees(Archived report, DataScope scope) {
        return report.subject() == Subject.HOSPITAL ? scope.includes(report.subjectId())
                : queries.seenRegion(report.subjectId(), scope).isPresent();
    }

    private Map<String, Object> variables(Object report, String title, Instant until) {
        return Map.of("report", report, "title", title, "until", times.format(until.minusSeconds(1)),
                "generatedAt", times.format(Instant.now(clock)), "texts", texts, "cjk", pdf.hasCjkFont());
    }

    private static String sheet(String period) {
        return period.replace('-', '_');
    }

    private List<String> headers(Locale locale, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> texts.render(Text.of(k), locale)).toList();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Configuration
    static class Schedule {
        /**
         * Every night at 01:30 in the display zone: the reports of the month (and quarter) that ended
         * are there on its first morning; a night missed (the node was down) is made up the next.
         */
        @Bean
        RecurringTask<Void> complianceReportsTask(ObjectProvider<ComplianceReports> reports, DisplayTimes times) {
            return Tasks.recurring(TASK, new Daily(times.zone(), java.time.LocalTime.of(1, 30)))
                    .execute((instance, context) -> reports.getObject().generateDue());
        }
    }
}
