package com.safeward.compliance;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.Text;
import com.safeward.organizations.DataScope;
import com.safeward.texts.DisplayTimes;
import com.safeward.web.XlsxExport;

/** SUP-4: the regulator's overview as an Excel workbook — each hospital's score and the requirements it fails; audited. */
@Component
class ComplianceExport {

    private final ComplianceQueries queries;
    private final MessageSource messages;
    private final DisplayTimes times;
    private final AuditTrail audit;

    ComplianceExport(ComplianceQueries queries, MessageSource messages, DisplayTimes times, AuditTrail audit) {
        this.queries = queries;
        this.messages = messages;
        this.times = times;
        this.audit = audit;
    }

    @Transactional
    ResponseEntity<byte[]> workbook(DataScope scope, Locale locale) {
        Map<Long, List<String>> failing = queries.failing(scope);
        List<List<Object>> rows = queries.hospitals(scope).stream().map(h -> List.<Object>of(h.hospitalLabel(),
                h.score() == null ? "" : h.score(), h.passed(), h.failed(), h.noData(),
                String.join(", ", failing.getOrDefault(h.hospitalId(), List.of())),
                h.evaluatedAt() == null ? "" : times.format(h.evaluatedAt()))).toList();
        audit.record(AuditEntry.of(AuditAction.EXPORTED, "Compliance", "export", null,
                Text.of("audit.compliance.exported", rows.size())));
        List<String> headers = java.util.stream.Stream.of("hospital", "compliance.score", "compliance.passed",
                "compliance.failed", "compliance.noData", "compliance.failingRequirements", "compliance.evaluatedAt")
                .map(k -> label(k, locale)).toList();
        return XlsxExport.of(label("compliance.title", locale) + ".xlsx", label("compliance.title", locale), headers, rows);
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
