-- INC-1 follow-up of unacknowledged alarms: each alarm carries the time of its next check
-- (re-alert or escalation), and one persistent recurring task sweeps the due ones every second,
-- instead of a persistent task per alarm (a burst of panics cost a scheduler row and a
-- transaction per alarm). Acknowledging or clearing an alarm clears its time.
alter table alarms add column follow_up_at timestamp with time zone;
create index alarms_follow_up_idx on alarms (follow_up_at);

-- Alarms still waiting for their per-alarm task keep its time (instances are "<id>" or "<id>@<millis>").
update alarms set follow_up_at = (
        select min(t.execution_time) from scheduled_tasks t
        where t.task_name = 'alarm-follow-up'
          and (t.task_instance = cast(alarms.id as varchar(40))
               or t.task_instance like cast(alarms.id as varchar(40)) || '@%'))
    where acknowledged_at is null and cleared_at is null;
delete from scheduled_tasks where task_name = 'alarm-follow-up';
