-- INC-7: major cases supervised by the level above (挂牌督办); INC-8: three in step for major
-- cases (investigation, information release, opinion guidance); INC-10: support for the staff
-- involved, followed up after the incident.
create table case_supervisions (
    incident_id    bigint        primary key references incidents (id),
    region_id      bigint        not null references regions (id),
    supervised_by  varchar(64)   not null,
    since          timestamp with time zone not null,
    note           varchar(1000) not null,
    lifted_at      timestamp with time zone,
    lifted_by      varchar(64)
);

create table major_case_tracks (
    incident_id  bigint        not null references incidents (id),
    track        varchar(24)   not null,
    status       varchar(16)   not null,
    note         varchar(1000),
    updated_by   varchar(64)   not null,
    updated_at   timestamp with time zone not null,
    primary key (incident_id, track)
);

alter table incidents add column staff_support_due_at timestamp with time zone;
alter table incidents add column staff_support_done_at timestamp with time zone;
alter table incidents add column staff_support_note varchar(1000);
