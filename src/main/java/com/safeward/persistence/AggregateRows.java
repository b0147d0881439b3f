package com.safeward.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.jdbc.core.convert.EntityRowMapper;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Rows of a list read with {@link PagedQuery} as the aggregates Spring Data JDBC maps the same table
 * to (an alarm, an incident, a device): one mapping for a module's repository and its lists.
 */
@Component
public class AggregateRows {

    private final RelationalMappingContext mapping;
    private final JdbcConverter converter;
    private final Map<Class<?>, RowMapper<?>> mappers = new ConcurrentHashMap<>();

    AggregateRows(RelationalMappingContext mapping, JdbcConverter converter) {
        this.mapping = mapping;
        this.converter = converter;
    }

    @SuppressWarnings("unchecked")
    public <T> RowMapper<T> of(Class<T> aggregate) {
        return (RowMapper<T>) mappers.computeIfAbsent(aggregate, type -> {
            RelationalPersistentEntity<T> entity = (RelationalPersistentEntity<T>) mapping.getRequiredPersistentEntity(type);
            return new EntityRowMapper<>(entity, converter);
        });
    }
}
