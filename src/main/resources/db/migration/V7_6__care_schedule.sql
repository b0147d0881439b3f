-- WL-6: an inpatient keeps the date its next psychological assessment is due (set at admission and
-- by each assessment, with the region's schedule then in force), so the ward's lists are paged and
-- ordered by the database; admissions change through an aggregate with optimistic locking.
alter table inpatients add column due_on date;
alter table inpatients add column version integer default 0 not null;
-- existing inpatients: the default schedule (first due 30 days after admission, then 14 days after
-- the last assessment, never before the stay counts as long)
update inpatients set due_on = cast(admitted_on + interval '30' day as date);
update inpatients set due_on = (select cast(max(a.assessed_on) + interval '14' day as date) from psych_assessments a
        where a.inpatient_id = inpatients.id)
    where (select cast(max(a.assessed_on) + interval '14' day as date) from psych_assessments a
        where a.inpatient_id = inpatients.id) > due_on;
alter table inpatients alter column due_on set not null;
create index inpatients_due_idx on inpatients (hospital_id, discharged_on, due_on);
