-- Ward visitor check-in is a module of its own (visitors): it keeps the outcome of the visitor's
-- screening with the visit instead of reading the watchlist module's table.
alter table visitor_checkins add column screening_outcome varchar(16);
update visitor_checkins set screening_outcome = (select s.outcome from screenings s where s.id = visitor_checkins.screening_id);
alter table visitor_checkins alter column screening_outcome set not null;
