-- WL-2: an appointment made by phone before real-name registration is screened by name and phone
-- (or birth date) alone: a screening may have no document.
alter table screenings alter column document_type drop not null;
alter table screenings alter column document_masked drop not null;
