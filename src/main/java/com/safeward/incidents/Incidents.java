package com.safeward.incidents;

import org.springframework.data.repository.ListCrudRepository;

import com.safeward.organizations.DataScope;
import com.safeward.kernel.NotFound;

interface Incidents extends ListCrudRepository<Incident, Long> {

    /** The incident if the caller's data scope includes its hospital; 404 otherwise (SUP-1). */
    default Incident visibleIn(long id, DataScope scope) {
        return findById(id).filter(i -> scope.includes(i.hospitalId()))
                .orElseThrow(() -> new NotFound("incident", id));
    }
}
