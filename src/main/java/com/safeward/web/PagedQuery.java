package com.safeward.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A filtered, paged list of one table: conditions with their named parameters, then one count
 * and one page of rows in the given order. Conditions are SQL written by the caller (never user
 * text); values go in as parameters.
 */
public final class PagedQuery {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> params = new HashMap<>();

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

    public <T> Page<T> page(JdbcClient jdbc, String table, String orderBy, RowMapper<T> rows, Pageable pageable) {
        long total = jdbc.sql("select count(*) from " + table + where).params(params).query(Long.class).single();
        List<T> content = jdbc.sql("select * from " + table + where + " order by " + orderBy
                + " limit :limit offset :offset").params(params).param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset()).query(rows).list();
        return new PageImpl<>(content, pageable, total);
    }
}
