-- The screening index asks every few seconds whether the register changed (max(updated_at)).
create index watchlist_updated_idx on watchlist_persons (updated_at);
