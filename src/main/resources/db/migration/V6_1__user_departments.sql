-- WL-2: hospital staff belong to a department or ward, whose high-risk warnings they receive.
alter table users add column department_id bigint references departments (id);
