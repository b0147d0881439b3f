-- WL-7: the audit trail is append-only even for someone with SQL access through the app's role.
create function audit_events_reject_change() returns trigger as $$
begin
    raise exception 'audit_events is append-only';
end;
$$ language plpgsql;

create trigger audit_events_append_only
    before update or delete on audit_events
    for each row execute function audit_events_reject_change();
