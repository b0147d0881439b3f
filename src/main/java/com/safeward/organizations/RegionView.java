package com.safeward.organizations;

/** A region as lists and the API show it. */
public record RegionView(long id, Long parentId, String code, String name, RegionLevel level, int depth) {

    static RegionView of(Region r) {
        int depth = (int) r.path().chars().filter(c -> c == '/').count() - 2;
        return new RegionView(r.id(), r.parentId(), r.code(), r.name(), r.level(), depth);
    }
}
