/**
 * How every module reads and writes its tables the same way: one scoped, paged, sortable query helper
 * ({@link com.safeward.persistence.PagedQuery}) answering Spring Data pages, sort whitelists
 * ({@link com.safeward.persistence.SortableFields}), aggregate rows mapped as Spring Data JDBC maps them
 * ({@link com.safeward.persistence.AggregateRows}), LIKE escaping, and the database's dialect (H2 or
 * PostgreSQL). Knows nothing of HTTP; depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Persistence conventions",
        allowedDependencies = {})
package com.safeward.persistence;
