package com.safeward.alarms;

import org.springframework.data.repository.ListCrudRepository;

interface Alarms extends ListCrudRepository<Alarm, Long> {
}
