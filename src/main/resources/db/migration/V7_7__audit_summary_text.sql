-- Audit summaries are kept as a message key with arguments (JSON, see web/TextJson) and shown in the
-- reader's language. Entries written before keep their plain summary.
alter table audit_events add column summary_text varchar(2000);
