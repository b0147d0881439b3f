package com.safeward.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every list of SafeWard: the conditions of one table (the caller's data scope first, through
 * {@code DataScope.limit}, then the list's filters) with their named parameters, and one count and
 * one page of rows in an order the list allows ({@link SortableFields}), answered as a {@link Page}
 * (the API's paging envelope). Conditions are SQL written by the caller, never user text; values go
 * in as parameters. A query that can match nothing (an empty scope) answers without asking the
 * database. Rows become aggregates with {@link AggregateRows} or a read model's own mapper.
 */
public final class PagedQuery {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> params = new HashMap<>();
    private boolean nothing;

    /** Adds a condition without parameters. */
    public PagedQuery and(String condition) {
        where.append(" and (").append(condition).append(')');
        return this;
    }

    /** Adds a condition with one named parameter. */
    public PagedQuery and(String condition, String name, Object value) {
        params.put(name, value);
        return and(condition);
    }

    /** Adds a condition with several named parameters. */
    public PagedQuery and(String condition, Map<String, ?> values) {
        params.putAll(values);
        return and(condition);
    }

    /** Adds a text search: any of the columns contains the text, ignoring case ({@code %} and {@code _} taken literally). */
    public PagedQuery containing(String text, String... columns) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String name = "contains" + params.size();
        String condition = String.join(" or ", java.util.Arrays.stream(columns)
                .map(column -> "lower(" + column + ") like :" + name).toList());
        return and(condition, name, LikePattern.containing(text.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The query matches nothing (the caller may see no record of this kind). */
    public PagedQuery nothing() {
        nothing = true;
        return this;
    }

    /** How many rows match: the total the list's pages show (a home card's count). */
    public long count(JdbcClient jdbc, String table) {
        if (nothing) {
            return 0;
        }
        return jdbc.sql("select count(*) from " + table + where).params(params).query(Long.class).single();
    }

    /** How many rows match, by the values of one column (a chart's bars), largest first. */
    public Map<String, Long> countBy(JdbcClient jdbc, String table, String column) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        if (nothing) {
            return counts;
        }
        jdbc.sql("select " + column + " as v, count(*) as n from " + table + where + " group by " + column
                + " order by count(*) desc, " + column).params(params)
                .query((rs, i) -> counts.put(rs.getString("v"), rs.getLong("n"))).list();
        return counts;
    }

    /**
     * Figures over the matching rows, computed by the database: {@code select <columns> from <table>
     * where … group by <groupBy>} (counts per hospital and status, say), never the rows themselves.
     */
    public <T> List<T> grouped(JdbcClient jdbc, String table, String columns, String groupBy, RowMapper<T> rows) {
        if (nothing) {
            return List.of();
        }
        return jdbc.sql("select " + columns + " from " + table + where + " group by " + groupBy).params(params)
                .query(rows).list();
    }

    /** Totals over all matching rows, computed by the database: {@code select <columns> from <table> where …}. */
    public <T> java.util.Optional<T> aggregate(JdbcClient jdbc, String table, String columns, RowMapper<T> rows) {
        if (nothing) {
            return java.util.Optional.empty();
        }
        return jdbc.sql("select " + columns + " from " + table + where).params(params).query(rows).optional();
    }

    /** One page, in the order asked for if the list allows it (else its default), ties broken by id. */
    public <T> Page<T> page(JdbcClient jdbc, String table, SortableFields sort, RowMapper<T> rows, Pageable pageable) {
        Pageable paging = sort.restrict(pageable);
        return page(jdbc, table, orderBy(paging.getSort()), rows, paging);
    }

    /** One page in a fixed order (an SQL order by list). */
    public <T> Page<T> page(JdbcClient jdbc, String table, String orderBy, RowMapper<T> rows, Pageable pageable) {
        if (nothing) {
            return Page.empty(pageable);
        }
        long total = jdbc.sql("select count(*) from " + table + where).params(params).query(Long.class).single();
        if (total == 0 || pageable.isUnpaged()) {
            return total == 0 ? Page.empty(pageable) : new PageImpl<>(list(jdbc, table, orderBy, rows));
        }
        List<T> content = jdbc.sql("select * from " + table + where + " order by " + orderBy
                + " limit :limit offset :offset").params(params).param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset()).query(rows).list();
        return new PageImpl<>(content, pageable, total);
    }

    /** Every matching row (exports, and the few lists that are small by nature), in a fixed order. */
    public <T> List<T> list(JdbcClient jdbc, String table, String orderBy, RowMapper<T> rows) {
        if (nothing) {
            return List.of();
        }
        return jdbc.sql("select * from " + table + where + " order by " + orderBy).params(params).query(rows).list();
    }

    private static String orderBy(Sort sort) {
        StringBuilder order = new StringBuilder();
        for (Sort.Order by : sort) {
            order.append(SortableFields.column(by.getProperty())).append(by.isAscending() ? " asc" : " desc")
                    .append(", ");
        }
        return order.append("id").toString();
    }
}
