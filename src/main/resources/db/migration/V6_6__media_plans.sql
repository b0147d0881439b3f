-- INC-8 (H-2.3.2): each hospital keeps an information release plan and a designated media contact.
create table media_plans (
    hospital_id     bigint        primary key references hospitals (id),
    contact_name    varchar(50)   not null,
    contact_title   varchar(100),
    contact_phone   varchar(40)   not null,
    plan            varchar(4000) not null,
    reviewed_on     date          not null,
    updated_by      varchar(64)   not null,
    updated_at      timestamp with time zone not null
);
