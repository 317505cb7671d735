-- Issue 23: the documents of a case (立案审批表, 询问笔录, … 结案审批表), each kept as issued: its kind
-- in the case (e.g. inquiry-record-2), its number, its title and its content, from which its PDF
-- and the 卷宗 are printed; a document once issued is not changed (a new notice is a new document).

create table enforcement.case_document (
    id            uuid          primary key,
    case_id       uuid          not null references enforcement.enforcement_case (id),
    agency_id     uuid          not null,
    kind          varchar(60)   not null check (kind ~ '^[a-z]+(-[a-z]+)*(-[0-9]+)?$'),
    number        varchar(60),
    title         varchar(100)  not null,
    issued_at     timestamptz   not null,
    delivered_at  timestamptz,
    content       jsonb         not null,
    unique (case_id, kind)
);

create index case_document_by_case on enforcement.case_document (case_id, issued_at, kind);

-- the decision's penalties (APL art. 9; a decision of a fine alone before them: one FINE), its
-- document number, the terms of payment (罚缴分离: the designated account and the payment notice),
-- and its delivery (送达)
alter table enforcement.enforcement_case
    add column penalties              jsonb         not null default '[]',
    add column decision_number        varchar(60),
    add column payment_due_days       integer,
    add column payment_account        varchar(200),
    add column payment_notice_number  varchar(60),
    add column delivered_at           timestamptz;

update enforcement.enforcement_case
   set penalties = jsonb_build_array(jsonb_build_object('kind', 'FINE', 'amount', amount))
 where amount is not null;
