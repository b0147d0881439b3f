package com.safeward.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.web.PageResponse;

/**
 * Read-only access to the audit trail (WL-7). Roles: system admin (everything), hospital admin
 * (own hospital), regulator (hospitals of its region subtree). There is deliberately no write,
 * update or delete endpoint.
 */
@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Audit", description = "WL-7: append-only audit trail; search within your data scope")
@PreAuthorize(AuditAccess.SEARCH)
class AuditApi {

    private final AuditQueries queries;

    AuditApi(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Search audit entries, newest first")
    PageResponse<AuditEventView> search(@ParameterObject AuditSearch search, @ParameterObject Pageable pageable) {
        return PageResponse.of(queries.search(search, pageable), e -> e);
    }
}
