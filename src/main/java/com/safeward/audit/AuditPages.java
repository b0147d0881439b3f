package com.safeward.audit;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import com.safeward.texts.DisplayTimes;
import com.safeward.texts.Texts;
import com.safeward.web.CsvExport;
import com.safeward.web.NavigationItem;

/** Audit search page and CSV export. Same roles and scope as {@link AuditApi}. */
@Controller
@RequestMapping("/audit")
@PreAuthorize(AuditAccess.SEARCH)
class AuditPages {

    private static final int EXPORT_LIMIT = 10_000;

    private final AuditQueries queries;
    private final DisplayTimes times;
    private final Texts texts;

    AuditPages(AuditQueries queries, DisplayTimes times, Texts texts) {
        this.queries = queries;
        this.times = times;
        this.texts = texts;
    }

    @GetMapping
    String search(@ModelAttribute("search") AuditSearch search, @PageableDefault(size = 50) Pageable pageable,
            Model model) {
        model.addAttribute("page", queries.search(search, pageable));
        model.addAttribute("actions", AuditAction.values());
        return "audit/list";
    }

    @GetMapping("/export")
    void export(@ModelAttribute("search") AuditSearch search, HttpServletResponse response) throws IOException {
        var page = queries.search(search, PageRequest.of(0, EXPORT_LIMIT));
        CsvExport.write(response, "audit.csv",
                Stream.of("audit.time", "audit.actor", "audit.account", "audit.role", "audit.action",
                        "audit.entityType", "audit.entityId", "audit.hospital", "audit.summary", "audit.reason",
                        "audit.clientIp").map(texts::message).toList(),
                page.map(e -> List.<Object>of(times.format(e.occurredAt()), e.actorName(), e.actor(),
                        e.actorRole() == null ? "" : texts.message("Role." + e.actorRole()),
                        texts.label(e.action()), e.entityLabel(), nz(e.entityId()), nz(e.hospitalId()),
                        nz(e.summary()), nz(e.reason()), nz(e.clientIp()))).getContent());
    }

    private static Object nz(Object value) {
        return value == null ? "" : value;
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem auditNavigation() {
            return NavigationItem.of("nav.audit", "/audit", 90, AuditAccess.SEARCH);
        }
    }
}
