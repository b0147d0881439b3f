-- Screening matches and crisis interventions change through aggregates with optimistic locking:
-- two people deciding at once is a conflict, not a silent overwrite.
alter table screenings add column version integer default 0 not null;
alter table crisis_interventions add column version integer default 0 not null;
