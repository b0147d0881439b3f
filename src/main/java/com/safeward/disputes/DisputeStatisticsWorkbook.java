package com.safeward.disputes;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.Text;
import com.safeward.web.XlsxExport;

/** The dispute statistics as an Excel sheet: one row per figure, grouped by dimension; the export is audited. */
@Component
class DisputeStatisticsWorkbook {

    private final MessageSource messages;
    private final AuditTrail audit;

    DisputeStatisticsWorkbook(MessageSource messages, AuditTrail audit) {
        this.messages = messages;
        this.audit = audit;
    }

    @org.springframework.transaction.annotation.Transactional
    ResponseEntity<byte[]> of(DisputeStatistics.Figures figures) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(label("dispute.stats.totals"), label("dispute.stats.opened"), figures.opened()));
        rows.add(List.of(label("dispute.stats.totals"), label("dispute.stats.closed"), figures.closed()));
        rows.add(List.of(label("dispute.stats.totals"), label("dispute.stats.openHighRisk"), figures.openHighRisk()));
        rows.add(List.of(label("dispute.stats.totals"), label("dispute.stats.claimed"), figures.claimed()));
        rows.add(List.of(label("dispute.stats.totals"), label("dispute.stats.paid"), figures.paid()));
        add(rows, "dispute.stats.byDepartment", figures.byDepartment());
        add(rows, "dispute.stats.byCause", figures.byCause());
        add(rows, "dispute.stats.byChannel", figures.byChannel());
        add(rows, "dispute.stats.byOutcome", figures.byOutcome());
        add(rows, "dispute.stats.byDuration", figures.byDuration());
        audit.record(AuditEntry.of(AuditAction.EXPORTED, "Dispute", "statistics", null,
                Text.of("audit.dispute.statisticsExported", figures.from().toString(), figures.to().toString())));
        String title = label("dispute.stats.title") + " " + figures.from() + "~" + figures.to();
        return XlsxExport.of(title + ".xlsx", label("dispute.stats.title"), List.of(label("dispute.stats.dimension"),
                label("dispute.stats.item"), label("dispute.stats.count")), rows);
    }

    private void add(List<List<?>> rows, String dimension, List<DisputeStatistics.Figure> figures) {
        for (DisputeStatistics.Figure figure : figures) {
            rows.add(List.of(label(dimension), figure.key() ? label(figure.label()) : figure.label(), figure.count()));
        }
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
