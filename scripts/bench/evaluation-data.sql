-- Data of the evaluation-report benchmark (issue 6): ROWS violation (enforcement case) rows and
-- ROWS guidance act rows, spread over the agencies and the days from 2024-01-01 to today, on a
-- pool of 200,000 synthetic parties. Guidance acts of the agencies with risk catalogues name one
-- of their points four times in ten; one act in twenty is a follow-up visit with a satisfaction.
-- One case in ten was found not established. The choices per agency use g divided by the number of
-- agencies (2 with violation types, 10 in all in the demo city), so every agency gets every kind.
-- Run with psql -v rows=5000000.
\set ON_ERROR_STOP on
\timing on
create temp table bench_party as
  select gen_random_uuid() as id, g as n from generate_series(0, 199999) g;
create index on bench_party (n);
analyze bench_party;
create temp table bench_types as
  select agency_id, array_agg(id order by code) as ids, array_agg(code order by code) as codes
  from enforcement.violation_type group by agency_id;
create temp table bench_type_agencies as
  select row_number() over (order by agency_id) - 1 as n, agency_id, ids, codes from bench_types;
create temp table bench_points as
  select c.agency_id, array_agg(p.id order by p.id) as ids
  from risk.risk_point p join risk.risk_catalogue c on c.id = p.catalogue_id
  where c.status = 'PUBLISHED' group by c.agency_id;
create temp table bench_agencies as
  select row_number() over (order by a.id) - 1 as n, a.id as agency_id, p.ids as points
  from directory.agency a left join bench_points p on p.agency_id = a.id where a.kind <> 'SUPERVISOR';
select (select count(*) from bench_type_agencies) as agencies_with_types,
       (select count(*) from bench_agencies) as agencies, (select count(*) from bench_points) as with_points;

-- violations: enforcement cases, closed
insert into enforcement.enforcement_case (id, number, agency_id, party_id, violation_type_id, violation_code,
    occurred_on, facts, origin, status, treatment, decision_law, decision_article, opened_by, created_at, closed_at)
select gen_random_uuid(), 'BENCH-' || g, t.agency_id,
       p.id,
       t.ids[1 + ((g / 7) % array_length(t.ids, 1))::int], t.codes[1 + ((g / 7) % array_length(t.codes, 1))::int],
       date '2024-01-01' + (g % (current_date - date '2024-01-01' + 1))::int,
       '基准测试数据', 'EX_OFFICIO', 'CLOSED',
       case when (g / 2) % 10 = 0 then 'NOT_ESTABLISHED' when (g / 2) % 10 < 4 then 'NO_PENALTY' else 'STANDARD' end,
       '《基准测试》', '第一条', '00000000-0000-0000-0000-000000000000',
       (date '2024-01-01' + (g % (current_date - date '2024-01-01' + 1))::int)::timestamptz, now()
from generate_series(0::bigint, :rows - 1) g
join bench_type_agencies t on t.n = g % (select count(*) from bench_type_agencies)
join bench_party p on p.n = (g * 7919) % 200000;

-- guidance acts, simple, some naming risk points, some follow-up visits
insert into guidance.guidance_act (id, agency_id, party_id, party_name, party_category, officer_id, form, document_form,
    channel, subject, content, principles, issued_on, risk_point_id, follow_up, status, created_at)
select gen_random_uuid(), a.agency_id, p.id,
       '基准测试相对人' || ((g * 104729) % 200000), 'CATERING', '00000000-0000-0000-0000-000000000000',
       case when (g / 10) % 20 = 0 then 'FOLLOW_UP' else 'REMIND' end, 'SIMPLE', 'SMS', '基准测试指导', '基准测试指导内容',
       '["LAWFUL"]', date '2024-01-01' + (g % (current_date - date '2024-01-01' + 1))::int,
       case when a.points is not null and (g / 10) % 10 < 4 and (g / 10) % 20 <> 0 then a.points[1 + ((g / 11) % array_length(a.points, 1))::int] end,
       case when (g / 10) % 20 = 0 then jsonb_build_object('conductLawful', true, 'conductCivil', true,
            'favourRequested', false, 'satisfaction', 1 + ((g / 200) % 5)::int) end,
       'ISSUED', now()
from generate_series(0::bigint, :rows - 1) g
join bench_agencies a on a.n = g % (select count(*) from bench_agencies)
join bench_party p on p.n = (g * 104729) % 200000;

analyze enforcement.enforcement_case;
analyze guidance.guidance_act;
select (select count(*) from enforcement.enforcement_case) as cases, (select count(*) from guidance.guidance_act) as acts;
