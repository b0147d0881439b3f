-- DSP-1 (complaint feedback within 5 working days, 10 when several departments are involved): the
-- working-day calendar — public holidays and the weekend days worked instead (调休上班), per year as
-- the State Council announces them. A date not listed is a working day from Monday to Friday. A year
-- counts as entered once its arrangement is recorded in working_calendar_years; system admins enter
-- the next one when it is announced (usually in November).
create table working_calendar_years (
    calendar_year  integer       primary key,
    source         varchar(300)  not null,
    entered_by     varchar(100)  not null,
    entered_at     timestamp with time zone not null
);

create table working_calendar_days (
    calendar_date  date          primary key,
    working        boolean       not null,
    name           varchar(50)   not null,
    updated_by     varchar(100)  not null,
    updated_at     timestamp with time zone not null
);

-- 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）
insert into working_calendar_years (calendar_year, source, entered_by, entered_at) values
    (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', 'system', current_timestamp);

insert into working_calendar_days (calendar_date, working, name, updated_by, updated_at) values
    (date '2026-01-01', false, '元旦', 'system', current_timestamp),
    (date '2026-01-02', false, '元旦', 'system', current_timestamp),
    (date '2026-01-03', false, '元旦', 'system', current_timestamp),
    (date '2026-01-04', true, '元旦调休上班', 'system', current_timestamp),
    (date '2026-02-14', true, '春节调休上班', 'system', current_timestamp),
    (date '2026-02-15', false, '春节', 'system', current_timestamp),
    (date '2026-02-16', false, '春节', 'system', current_timestamp),
    (date '2026-02-17', false, '春节', 'system', current_timestamp),
    (date '2026-02-18', false, '春节', 'system', current_timestamp),
    (date '2026-02-19', false, '春节', 'system', current_timestamp),
    (date '2026-02-20', false, '春节', 'system', current_timestamp),
    (date '2026-02-21', false, '春节', 'system', current_timestamp),
    (date '2026-02-22', false, '春节', 'system', current_timestamp),
    (date '2026-02-23', false, '春节', 'system', current_timestamp),
    (date '2026-02-28', true, '春节调休上班', 'system', current_timestamp),
    (date '2026-04-04', false, '清明节', 'system', current_timestamp),
    (date '2026-04-05', false, '清明节', 'system', current_timestamp),
    (date '2026-04-06', false, '清明节', 'system', current_timestamp),
    (date '2026-05-01', false, '劳动节', 'system', current_timestamp),
    (date '2026-05-02', false, '劳动节', 'system', current_timestamp),
    (date '2026-05-03', false, '劳动节', 'system', current_timestamp),
    (date '2026-05-04', false, '劳动节', 'system', current_timestamp),
    (date '2026-05-05', false, '劳动节', 'system', current_timestamp),
    (date '2026-05-09', true, '劳动节调休上班', 'system', current_timestamp),
    (date '2026-06-19', false, '端午节', 'system', current_timestamp),
    (date '2026-06-20', false, '端午节', 'system', current_timestamp),
    (date '2026-06-21', false, '端午节', 'system', current_timestamp),
    (date '2026-09-20', true, '国庆节调休上班', 'system', current_timestamp),
    (date '2026-09-25', false, '中秋节', 'system', current_timestamp),
    (date '2026-09-26', false, '中秋节', 'system', current_timestamp),
    (date '2026-09-27', false, '中秋节', 'system', current_timestamp),
    (date '2026-10-01', false, '国庆节', 'system', current_timestamp),
    (date '2026-10-02', false, '国庆节', 'system', current_timestamp),
    (date '2026-10-03', false, '国庆节', 'system', current_timestamp),
    (date '2026-10-04', false, '国庆节', 'system', current_timestamp),
    (date '2026-10-05', false, '国庆节', 'system', current_timestamp),
    (date '2026-10-06', false, '国庆节', 'system', current_timestamp),
    (date '2026-10-07', false, '国庆节', 'system', current_timestamp),
    (date '2026-10-10', true, '国庆节调休上班', 'system', current_timestamp);
