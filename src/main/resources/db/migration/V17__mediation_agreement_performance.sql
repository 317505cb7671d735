-- the performance of an agreement: the date by which it is to be performed and, after it,
-- whether it was honoured
alter table mediation.mediation_case
    add column perform_by           date,
    add column performance_honoured boolean,
    add column performance_note     varchar(2000),
    add column performance_at       timestamptz;
