-- Issue 23, first slice: registration (案源登记) and filing (立案审批), the case's officers and
-- their recusal (回避), the agency's time limits.

alter table enforcement.enforcement_case drop constraint enforcement_case_status_check;
alter table enforcement.enforcement_case add constraint enforcement_case_status_check check (status in (
    'REGISTERED', 'NOT_FILED', 'OPEN', 'INVESTIGATED', 'AWAITING_REVIEW', 'AWAITING_DISCUSSION', 'NOTIFIED',
    'HEARING', 'AWAITING_DECISION', 'DECIDED', 'DELIVERED', 'ENFORCEMENT_APPLIED', 'CLOSED', 'TRANSFERRED'));

alter table enforcement.enforcement_case drop constraint enforcement_case_origin_check;
alter table enforcement.enforcement_case add constraint enforcement_case_origin_check check (origin in (
    'INSPECTION', 'COMPLAINT', 'GUIDANCE', 'EX_OFFICIO', 'REFERRAL', 'EXCHANGE'));

alter table enforcement.enforcement_case
    add column procedure           varchar(10)   not null default 'ORDINARY' check (procedure in ('ORDINARY', 'SIMPLE')),
    add column discovered_on       date,
    add column violation_ended_on  date,
    add column endangered_safety   boolean       not null default false,
    add column filing_due          date,
    add column filed_on            date,
    add column filed_by            uuid,
    add column filing_number       varchar(60),
    add column filing_note         varchar(2000),
    add column filing_late_reason  varchar(2000),
    add column decision_due        date,
    add column officers            jsonb         not null default '[]',
    add column recusals            jsonb         not null default '[]';

-- the cases opened before filing was a step of its own were filed when they were opened
update enforcement.enforcement_case
   set discovered_on = occurred_on,
       filing_due = occurred_on,
       filed_on = (created_at at time zone 'Asia/Shanghai')::date,
       decision_due = (created_at at time zone 'Asia/Shanghai')::date + 90;

alter table enforcement.enforcement_case alter column discovered_on set not null;
alter table enforcement.enforcement_case alter column filing_due set not null;
alter table enforcement.enforcement_case add constraint filed_has_date
    check (status in ('REGISTERED', 'NOT_FILED') or filed_on is not null);

-- the cases awaiting the head's filing decision, by agency
create index case_registered_idx on enforcement.enforcement_case (agency_id, filing_due) where status = 'REGISTERED';

-- the agency's own time limits (a province's figures); absent: the statutory defaults
create table enforcement.time_limits (
    agency_id                      uuid primary key,
    decision_days                  integer        not null,
    extension_days                 integer        not null,
    statement_working_days         integer        not null,
    publication_working_days       integer        not null,
    simple_fine_max_person         numeric(14, 2) not null,
    simple_fine_max_organization   numeric(14, 2) not null,
    hearing_fine_min_person        numeric(14, 2) not null,
    hearing_fine_min_organization  numeric(14, 2) not null,
    hearing_value_min_person       numeric(14, 2) not null,
    hearing_value_min_organization numeric(14, 2) not null,
    filing_working_days            integer        not null,
    payment_due_days               integer        not null,
    updated_by                     uuid           not null,
    updated_at                     timestamptz    not null,
    version                        bigint         not null default 0
);
