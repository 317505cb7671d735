-- time limits of mediation in working days, per agency (M4), and each case's deadlines
create table mediation.time_limit (
    agency_id       uuid primary key,
    acceptance_days int         not null check (acceptance_days between 1 and 60),
    conclusion_days int         not null check (conclusion_days between 1 and 365),
    updated_at      timestamptz not null
);

alter table mediation.mediation_case
    add column acceptance_due date,
    add column conclusion_due date;

create index mediation_case_due_idx on mediation.mediation_case (agency_id, status, acceptance_due, conclusion_due);
