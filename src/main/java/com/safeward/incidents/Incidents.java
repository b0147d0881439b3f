package com.safeward.incidents;

import org.springframework.data.repository.ListCrudRepository;

interface Incidents extends ListCrudRepository<Incident, Long> {
}
