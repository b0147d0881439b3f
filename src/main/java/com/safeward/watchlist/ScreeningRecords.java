package com.safeward.watchlist;

import org.springframework.data.repository.ListCrudRepository;

/** Screenings as aggregates, for the decisions on a match (the log inserts screenings without a match itself). */
interface ScreeningRecords extends ListCrudRepository<Screening, Long> {
}
