package com.safeward.ledger;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.Text;
import com.safeward.texts.DisplayTimes;
import com.safeward.texts.PersonNames;
import com.safeward.web.XlsxExport;

/** RSK-2: the filtered ledger as an Excel workbook, headers and values in the user's language; each export audited. */
@Component
class LedgerExport {

    static final int LIMIT = 10_000;

    private final LedgerQueries queries;
    private final MessageSource messages;
    private final DisplayTimes times;
    private final PersonNames people;
    private final AuditTrail audit;

    LedgerExport(LedgerQueries queries, MessageSource messages, DisplayTimes times, PersonNames people,
            AuditTrail audit) {
        this.queries = queries;
        this.messages = messages;
        this.times = times;
        this.people = people;
        this.audit = audit;
    }

    @org.springframework.transaction.annotation.Transactional
    ResponseEntity<byte[]> workbook(LedgerQueries.LedgerFilter filter, Pageable pageable, LedgerViewer viewer) {
        var page = queries.list(filter, viewer, PageRequest.of(0, LIMIT, pageable.getSort()));
        List<String> headers = java.util.stream.Stream.of("ledger.id", "hospital", "ledger.source", "ledger.place",
                "ledger.problem", "ledger.severity", "ledger.requirement", "ledger.ownerDepartment", "ledger.owner",
                "ledger.measures", "ledger.dueAt", "ledger.status", "ledger.overdue", "ledger.doneAt",
                "ledger.verifiedBy", "ledger.closedAt").map(this::label).toList();
        List<List<Object>> rows = page.getContent().stream().map(r -> List.<Object>of(r.id(), r.hospitalLabel(),
                label("RectificationSource." + r.source()), text(r.place()), r.problem(),
                label("Severity." + r.severity()), text(r.requirementId()), r.ownerDepartmentName(), person(r.owner()),
                text(r.measures()), times.format(r.dueAt()), label("RectificationStatus." + r.status()),
                label(r.overdue() ? "yes" : "no"), text(times.format(r.doneAt())), person(r.verifiedBy()),
                text(times.format(r.closedAt())))).toList();
        audit.record(AuditEntry.of(AuditAction.EXPORTED, "Rectification", "export", null,
                Text.of("audit.rectification.exported", rows.size())));
        return XlsxExport.of(label("ledger.title") + ".xlsx", label("ledger.title"), headers, rows);
    }

    private String person(String username) {
        return username == null ? "" : people.displayName(username).orElse(username);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
