package com.safeward.care;

import org.springframework.data.repository.ListCrudRepository;

interface CrisisInterventions extends ListCrudRepository<CrisisIntervention, Long> {
}
