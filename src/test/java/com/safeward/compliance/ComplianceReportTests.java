package com.safeward.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.safeward.SafeWardTest;
import com.safeward.TestClock;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.PdfDocuments;

/**
 * SUP-4 reports: a hospital's and a region's monthly or quarterly report, as PDF in Chinese (the font
 * embedded, the text searchable) and Excel, within the viewer's scope; each region's reports made
 * once on schedule after the period, archived, and its regulators told.
 */
@SafeWardTest
class ComplianceReportTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestClock clock;
    @Autowired OrganizationDirectory directory;
    @Autowired ComplianceEvaluation evaluation;
    @Autowired ComplianceReports reports;
    @Autowired PdfDocuments pdf;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
        renewLogins();
    }

    /** A month's report of H002: the failing requirement with what to do, in Chinese, in a PDF whose fonts are embedded. */
    @Test
    void aHospitalsMonthlyReportShowsItsFailuresAndWhatToDoAsPdfAndExcel() throws Exception {
        long h2 = hospital("H002");
        evaluation.evaluateAll();
        String month = LocalDate.ofInstant(clock.instant(), SHANGHAI).toString().substring(0, 7);
        moveToNextMonth();

        String json = call("province", get("/api/v1/compliance/reports/hospitals/" + h2 + "?period=" + month), 200)
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(json, "$.failing[*].requirementId")).contains("PER-3");
        assertThat(JsonPath.<List<String>>read(json, "$.failing[?(@.requirementId == 'PER-3')].remedy.key"))
                .containsExactly("compliance.remedy.AUTOMATIC");
        assertThat(JsonPath.<List<Object>>read(json, "$.trend")).isNotEmpty();

        MockHttpServletResponse document = call("province",
                get("/api/v1/compliance/reports/hospitals/" + h2 + "?period=" + month + "&format=pdf"), 200);
        assertThat(document.getContentType()).isEqualTo("application/pdf");
        assertThat(document.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains(".pdf");
        requireChineseFont();
        try (PDDocument read = Loader.loadPDF(document.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains("安全秩序合规报告").contains("PER-3").contains("如何达标")
                    .contains(directory.hospitalLabel(h2).orElseThrow().split(" ")[0]);
            for (var name : read.getPage(0).getResources().getFontNames()) {
                PDFont font = read.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            }
        }
        MockHttpServletResponse workbook = call("province",
                get("/api/v1/compliance/reports/hospitals/" + h2 + "?period=" + month + "&format=xlsx"), 200);
        assertThat(workbook.getContentType()).contains("spreadsheetml");
        assertThat(workbook.getContentAsByteArray()).startsWith('P', 'K');
    }

    /** SUP-1: reports follow the viewer's scope; a period that is not one names the field. */
    @Test
    void reportsFollowTheViewersScope() throws Exception {
        evaluation.evaluateAll();
        String month = LocalDate.ofInstant(clock.instant(), SHANGHAI).toString().substring(0, 7);
        long h1 = hospital("H001");
        long h2 = hospital("H002");
        long province = directory.regionIdByCode("410000").orElseThrow();
        long county = directory.regionIdByCode("410102").orElseThrow();
        assertThat(call("county", get("/api/v1/compliance/reports/hospitals/" + h2 + "?period=" + month), 404)).isNotNull();
        assertThat(call("security", get("/api/v1/compliance/reports/hospitals/" + h2 + "?period=" + month), 404)).isNotNull();
        assertThat(call("security", get("/api/v1/compliance/reports/hospitals/" + h1 + "?period=" + month), 200)).isNotNull();
        assertThat(call("security", get("/api/v1/compliance/reports/regions/" + county + "?period=" + month), 403)).isNotNull();
        assertThat(call("county", get("/api/v1/compliance/reports/regions/" + province + "?period=" + month), 404)).isNotNull();
        String rollup = call("county", get("/api/v1/compliance/reports/regions/" + county + "?period=" + month), 200)
                .getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(rollup, "$.hospitals[*].hospitalId")).contains((int) h1)
                .doesNotContain((int) h2);
        String invalid = call("province", get("/api/v1/compliance/reports/hospitals/" + h1 + "?period=2026-13"), 400)
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(invalid, "$.errors[*].field")).containsExactly("period");
        String future = LocalDate.ofInstant(clock.instant(), SHANGHAI).plusMonths(2).toString().substring(0, 7);
        assertThat(call("province", get("/api/v1/compliance/reports/hospitals/" + h1 + "?period=" + future), 400)
                .getContentAsString()).contains("period");
    }

    /** After a month (and a quarter) ends, every region's report is made once, archived, and its regulators told. */
    @Test
    void eachRegionsReportIsMadeOnceAfterThePeriodAndItsRegulatorsAreTold() throws Exception {
        evaluation.evaluateAll();
        String month = LocalDate.ofInstant(clock.instant(), SHANGHAI).toString().substring(0, 7);
        moveToNextMonth();
        long province = directory.regionIdByCode("410000").orElseThrow();
        long county = directory.regionIdByCode("410102").orElseThrow();
        reports.generateDue();
        assertThat(reports.generateDue()).as("made once").isZero();
        String archive = call("province", get("/api/v1/compliance/reports"), 200).getContentAsString();
        assertThat(JsonPath.<List<String>>read(archive, "$[?(@.subjectId == " + province + ")].period")).contains(month);
        List<Integer> provinceReports = JsonPath.read(archive, "$[?(@.subjectId == " + province + " && @.period == '"
                + month + "')].id");
        String countyArchive = call("county", get("/api/v1/compliance/reports"), 200).getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(countyArchive, "$[*].subjectId")).contains((int) county)
                .doesNotContain((int) province);
        assertThat(call("county", get("/api/v1/compliance/reports/" + provinceReports.get(0) + "/pdf"), 404)).isNotNull();
        MockHttpServletResponse file = call("province", get("/api/v1/compliance/reports/" + provinceReports.get(0) + "/pdf"), 200);
        assertThat(file.getContentAsByteArray()).startsWith('%', 'P', 'D', 'F');
        // the notice is sent after the commit, by the notifications module's listener
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select count(*) from notifications where recipient = 'province' and kind = 'COMPLIANCE_REPORT'")
                .query(Long.class).single() > 0);
    }

    private void moveToNextMonth() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SHANGHAI);
        LocalDate second = today.withDayOfMonth(1).plusMonths(1).plusDays(1);
        clock.advance(Duration.between(clock.instant(), second.atStartOfDay(SHANGHAI).plusHours(9).toInstant()));
        renewLogins();
    }

    private void requireChineseFont() {
        if (!pdf.hasCjkFont()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI needs a TrueType font with Chinese glyphs (.ci/run installs fonts-droid-fallback)");
            }
            Assumptions.abort("No TrueType font with Chinese glyphs here (apt-get install fonts-droid-fallback)");
        }
    }

    private void renewLogins() {
        List.of("province", "county", "city", "security2", "security", "admin").forEach(logins::renew);
    }

    private long hospital(String code) {
        return directory.hospitalIdByCode(code).orElseThrow();
    }

    private MockHttpServletResponse call(String user, MockHttpServletRequestBuilder request, int expected) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.header(HttpHeaders.AUTHORIZATION, logins.bearer(user))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return response;
    }
}
