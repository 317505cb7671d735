-- The offence history of a party is read by every leniency assessment; with a million past
-- cases its rows are scattered over the table, so the indexes carry every column the query
-- returns (index-only scans), newest first, for "same violation" and "any violation".
drop index enforcement.case_history_idx;

create index case_history_same_idx on enforcement.enforcement_case (party_id, violation_code, occurred_on desc)
    include (id, agency_id, treatment)
    where status in ('DECIDED', 'CLOSED') and treatment <> 'NOT_ESTABLISHED';

create index case_history_any_idx on enforcement.enforcement_case (party_id, occurred_on desc)
    include (id, agency_id, violation_code, treatment)
    where status in ('DECIDED', 'CLOSED') and treatment <> 'NOT_ESTABLISHED';
