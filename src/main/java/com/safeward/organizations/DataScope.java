package com.safeward.organizations;

import java.util.Set;

import com.safeward.kernel.NotFound;
import com.safeward.persistence.PagedQuery;

/**
 * The hospitals whose data an actor may see (SUP-1). Every query of hospital data filters by
 * it; a single record outside it answers 404, so ids of other hospitals cannot be probed.
 */
public record DataScope(boolean everything, Set<Long> hospitalIds) {

    public static DataScope all() {
        return new DataScope(true, Set.of());
    }

    public static DataScope of(Set<Long> hospitalIds) {
        return new DataScope(false, Set.copyOf(hospitalIds));
    }

    public boolean includes(Long hospitalId) {
        return hospitalId != null && (everything || hospitalIds.contains(hospitalId));
    }

    /** True when the scope holds no hospital at all (queries can answer empty at once). */
    public boolean isEmpty() {
        return !everything && hospitalIds.isEmpty();
    }

    /**
     * Limits a list to the scope's hospitals by the given column (SUP-1); with no hospital in the
     * scope the query matches nothing and answers without asking the database.
     */
    public PagedQuery limit(PagedQuery query, String hospitalColumn) {
        if (isEmpty()) {
            return query.nothing();
        }
        return everything ? query : query.and(hospitalColumn + " in (:scopeHospitals)", "scopeHospitals", hospitalIds);
    }

    /** @throws NotFound when the hospital is outside the scope */
    public void require(Long hospitalId, String what, Object id) {
        if (!includes(hospitalId)) {
            throw new NotFound(what, id);
        }
    }
}
