package com.safeward.disputes;

import org.springframework.data.repository.ListCrudRepository;

interface Disputes extends ListCrudRepository<Dispute, Long> {
}
