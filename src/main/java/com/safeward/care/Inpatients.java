package com.safeward.care;

import org.springframework.data.repository.ListCrudRepository;

import com.safeward.kernel.NotFound;
import com.safeward.organizations.DataScope;

interface Inpatients extends ListCrudRepository<Inpatient, Long> {

    /** The inpatient if the caller's data scope includes the hospital; 404 otherwise (SUP-1). */
    default Inpatient visibleIn(long id, DataScope scope) {
        return findById(id).filter(inpatient -> scope.includes(inpatient.hospitalId()))
                .orElseThrow(() -> new NotFound("inpatient", id));
    }
}
