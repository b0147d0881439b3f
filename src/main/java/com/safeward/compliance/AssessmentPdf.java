package com.safeward.compliance;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.Text;
import com.safeward.texts.DisplayTimes;
import com.safeward.texts.Texts;
import com.safeward.web.PdfDocuments;

/** The Safe Hospital assessment as a PDF document to sign and file (SUP-2); downloads are audited. */
@Component
class AssessmentPdf {

    private final PdfDocuments pdf;
    private final Texts texts;
    private final DisplayTimes times;
    private final AuditTrail audit;
    private final Clock clock;

    AssessmentPdf(PdfDocuments pdf, Texts texts, DisplayTimes times, AuditTrail audit, Clock clock) {
        this.pdf = pdf;
        this.texts = texts;
        this.times = times;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    ResponseEntity<byte[]> download(SafeHospitalAssessments.AssessmentView assessment, Locale locale) {
        String title = texts.render(Text.of("assessment.documentTitle", assessment.hospital(), assessment.year()), locale);
        byte[] document = pdf.render("assessment", Map.of("a", assessment, "title", title, "texts", texts,
                "until", times.format(assessment.until().minusSeconds(1)), "generatedAt", times.format(Instant.now(clock)),
                "assembledAt", assessment.assembledAt() == null ? "" : times.format(assessment.assembledAt()),
                "finalisedAt", assessment.finalisedAt() == null ? "" : times.format(assessment.finalisedAt()),
                "records", assessment.records().stream().map(r -> Map.of("title", texts.render(r.title(), locale),
                        "at", times.format(r.at()), "score", r.score() == null ? "" : r.score() + "%",
                        "detail", r.detail() == null ? "" : texts.render(r.detail(), locale))).toList()), locale);
        audit.record(AuditEntry.of(AuditAction.EXPORTED, "SafeHospitalAssessment",
                assessment.hospitalId() + "/" + assessment.year(), assessment.hospitalId(),
                Text.of("audit.compliance.reportDownloaded", title)));
        return PdfDocuments.download(title + ".pdf", document);
    }
}
