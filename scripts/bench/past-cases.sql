-- 1,000,000 past, decided and closed cases of the market bureau: half spread over the demo
-- city's 220+ parties (thousands each), half over 50,000 other parties.
\timing on
create temp table bt as
  select row_number() over (order by code) - 1 as k, id, agency_id, code, law, article
  from enforcement.violation_type where agency_id = (select id from directory.agency where code = 'amr');
create temp table bp as select row_number() over (order by id) - 1 as k, id from directory.party;
insert into enforcement.enforcement_case (id, number, agency_id, party_id, violation_type_id, violation_code,
    occurred_on, facts, origin, evidence, status, findings, harm, corrected, treatment, amount, decision_law,
    decision_article, decided_by, decided_at, review, opened_by, created_at, closed_at, version)
select gen_random_uuid(), 'BENCH-' || g, bt.agency_id,
       case when g % 2 = 0 then bp.id
            else ('00000000-0000-4000-8000-' || lpad(to_hex(g % 50000), 12, '0'))::uuid end,
       bt.id, bt.code, current_date - 1 - (g % 2000), '基准测试数据', 'EX_OFFICIO', '[]', 'CLOSED', '基准测试',
       'MINOR', true, 'STANDARD', 1000, bt.law, bt.article, gen_random_uuid(), now(), 'NONE', gen_random_uuid(),
       now(), now(), 0
from generate_series(1, :rows) g
join bt on bt.k = g % (select count(*) from bt)
join bp on bp.k = (g / 2) % (select count(*) from bp);
vacuum analyze enforcement.enforcement_case;
select count(*) as cases from enforcement.enforcement_case;
