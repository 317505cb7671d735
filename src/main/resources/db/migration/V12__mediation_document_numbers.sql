-- numbers of the documents a mediation case issues (受理/不予受理通知书, 调解协议书, 终止调解通知书)
alter table mediation.mediation_case
    add column acceptance_number  varchar(40) unique,
    add column agreement_number   varchar(40) unique,
    add column termination_number varchar(40) unique;
