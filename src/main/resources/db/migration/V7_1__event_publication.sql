-- Spring Modulith's event publication registry (schema version 2): one row per event and module
-- listener, written in the publishing transaction; a row still here after its listener should have
-- run is delivered again (see events.EventRedelivery). Completed rows are deleted.
create table event_publication (
    id                      uuid          not null primary key,
    listener_id             varchar(512)  not null,
    event_type              varchar(512)  not null,
    serialized_event        varchar(10000) not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     integer,
    last_resubmission_date  timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
create index event_publication_by_publication_date_idx on event_publication (publication_date);

-- Notifications keep their texts as message keys and arguments, shown in each reader's language.
alter table notifications add column title_text varchar(2000);
alter table notifications add column body_text varchar(4000);
alter table notifications alter column title drop not null;
