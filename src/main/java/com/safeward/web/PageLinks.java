package com.safeward.web;

import java.util.Objects;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the current list page that keep its filters, available to templates as {@code links}:
 * {@code ${links.page(2)}}, {@code ${links.sort('name')}} (toggles the direction when already
 * sorted by that property) and {@code ${links.export()}}.
 */
public record PageLinks(String path, String query) {

    public String page(int page) {
        return builder().replaceQueryParam("page", page).build().toUriString();
    }

    public String sort(String property) {
        UriComponentsBuilder builder = builder();
        String current = builder.build().getQueryParams().getFirst("sort");
        String direction = Objects.equals(current, property + ",asc") || Objects.equals(current, property)
                ? "desc" : "asc";
        return builder.replaceQueryParam("sort", property + "," + direction).replaceQueryParam("page").build()
                .toUriString();
    }

    /** The same page in another language ({@code zh_CN} or {@code en}). */
    public String language(String language) {
        return builder().replaceQueryParam("lang", language).build().toUriString();
    }

    /** The same list as CSV: the export path with the current filters and sort. */
    public String export() {
        return UriComponentsBuilder.fromPath(path + "/export").query(query).replaceQueryParam("page")
                .replaceQueryParam("size").build().toUriString();
    }

    private UriComponentsBuilder builder() {
        return UriComponentsBuilder.fromPath(path).query(query);
    }
}
