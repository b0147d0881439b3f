package com.safeward.ledger;

import org.springframework.data.repository.ListCrudRepository;

interface Inspections extends ListCrudRepository<Inspection, Long> {
}
