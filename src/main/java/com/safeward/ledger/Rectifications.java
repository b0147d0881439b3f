package com.safeward.ledger;

import org.springframework.data.repository.ListCrudRepository;

interface Rectifications extends ListCrudRepository<Rectification, Long> {
}
