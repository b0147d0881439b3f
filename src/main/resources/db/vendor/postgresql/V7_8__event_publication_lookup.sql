-- Spring Modulith completes (deletes) a publication by its listener and serialized event. Without an
-- index every completion scans the whole backlog, so a burst (thousands of alarms escalated by one
-- sweep) is handled in quadratic time. A hash index has no size limit on the event's JSON.
create index event_publication_by_event on event_publication using hash (serialized_event);
