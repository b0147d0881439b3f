package com.safeward.disputes;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Complaints extends ListCrudRepository<Complaint, Long> {
    Optional<Complaint> findByTrackingNumber(String trackingNumber);
}
