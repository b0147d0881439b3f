package com.safeward.persistence;

import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import com.safeward.kernel.RuleViolation;

/**
 * The properties a list may be sorted by (their columns are the properties in snake case:
 * {@code raisedAt} is {@code raised_at}). Anything else in {@code sort} is a 400 naming the
 * parameter, never a query error.
 */
public record SortableFields(Set<String> allowed, Sort defaultSort) {

    public static SortableFields of(Sort defaultSort, String... allowed) {
        return new SortableFields(Set.of(allowed), defaultSort);
    }

    /** The column of a property: {@code raisedAt} → {@code raised_at}. */
    static String column(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The request's paging with its sort checked, or the default sort when none was asked for. */
    public Pageable restrict(Pageable requested) {
        Sort sort = requested.getSort();
        for (Sort.Order order : sort) {
            if (!allowed.contains(order.getProperty())) {
                throw new RuleViolation("sort", "validation.sort.unknown", order.getProperty(),
                        String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        if (requested.isUnpaged()) {
            return requested;
        }
        return PageRequest.of(requested.getPageNumber(), requested.getPageSize(),
                sort.isSorted() ? sort : defaultSort);
    }
}
