-- The nodes that stream alarms to consoles (AlarmStreamRelay, on PostgreSQL): a node sends what it
-- streams to the other nodes only while another node has been seen lately, so one node alone pays nothing.
create table stream_nodes (
    node_id  varchar(64) primary key,
    seen_at  timestamp with time zone not null
);
