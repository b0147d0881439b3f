-- DSP-6: a risk prompt letter may be logged against one medical dispute of the hospital (or the hospital as a whole).
alter table risk_letters add column dispute_id bigint references disputes (id);
