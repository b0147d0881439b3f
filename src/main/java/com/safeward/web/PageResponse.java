package com.safeward.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** The paging envelope of every list endpoint: {@code ?page=0&size=20&sort=name,asc}. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<? super E, ? extends T> mapper) {
        return new PageResponse<>(page.getContent().stream().<T>map(mapper).toList(), page.getNumber(),
                page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}
