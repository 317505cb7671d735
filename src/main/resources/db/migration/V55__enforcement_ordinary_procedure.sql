-- Issue 23: the records of the ordinary procedure's steps on the case (the 调查终结报告, the legal
-- reviews, the collective discussion, the prior notices, the statements, the hearing, the
-- extensions, the deliveries, the transfer), the reason of a late decision and the closing summary.

alter table enforcement.enforcement_case
    add column report           jsonb,
    add column reviews          jsonb  not null default '[]',
    add column discussion       jsonb,
    add column notices          jsonb  not null default '[]',
    add column statements       jsonb  not null default '[]',
    add column hearing          jsonb,
    add column extensions       jsonb  not null default '[]',
    add column deliveries       jsonb  not null default '[]',
    add column transfer         jsonb,
    add column overdue_reason   varchar(2000),
    add column closing_summary  varchar(4000);

-- a decision stands once DECIDED, and stays through its delivery, the application to the court
-- and the closing; a case transferred out (移送) is closed without one
alter table enforcement.enforcement_case drop constraint decided_has_basis;
alter table enforcement.enforcement_case add constraint decided_has_basis check (
    status not in ('DECIDED', 'DELIVERED', 'ENFORCEMENT_APPLIED', 'CLOSED')
    or (treatment is not null and decision_law is not null and decision_article is not null)
    or (status = 'CLOSED' and transfer is not null));

drop index enforcement.case_history_same_idx;
drop index enforcement.case_history_any_idx;
drop index enforcement.case_type_decided_idx;

create index case_history_same_idx on enforcement.enforcement_case (party_id, violation_code, occurred_on desc)
    include (id, agency_id, treatment)
    where status in ('DECIDED', 'DELIVERED', 'ENFORCEMENT_APPLIED', 'CLOSED') and treatment <> 'NOT_ESTABLISHED';

create index case_history_any_idx on enforcement.enforcement_case (party_id, occurred_on desc)
    include (id, agency_id, violation_code, treatment)
    where status in ('DECIDED', 'DELIVERED', 'ENFORCEMENT_APPLIED', 'CLOSED') and treatment <> 'NOT_ESTABLISHED';

create index case_type_decided_idx on enforcement.enforcement_case (violation_code, agency_id)
    where status in ('DECIDED', 'DELIVERED', 'ENFORCEMENT_APPLIED', 'CLOSED');
