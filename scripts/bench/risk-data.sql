-- Data of the smart-risk benchmark (issue 7): :parties synthetic organisations and :events events
-- over 2024-01-01..today with a hidden risk structure: parties are numbered, and a party's
-- propensity to violate falls with its number (an event's party is drawn as floor(N * u^3), so
-- low numbers collect most events), with a third of the events spread uniformly as noise. The
-- structure is the same before and after any cut-off, so a model that learns from the past
-- should rank the future violators high. Events: 40 % enforcement cases, 40 % guidance acts,
-- 20 % inspections. Run with psql -v parties=1000000 -v events=10000000.
\set ON_ERROR_STOP on
\timing on
select setseed(0.42);
create temp table bench_categories as
  select row_number() over () - 1 as n, c from unnest(array['CATERING','FOOD_PRODUCTION','RETAIL','PHARMACY',
    'CONSTRUCTION','TRANSPORT','MANUFACTURING','HAZARDOUS_CHEMICALS','MEDICAL','EDUCATION','ACCOMMODATION',
    'ENTERTAINMENT','REAL_ESTATE','MINING','AGRICULTURE','EMPLOYER','OTHER']) c;
create temp table bench_rp as
  select g as n, gen_random_uuid() as id from generate_series(0, :parties - 1) g;
create unique index on bench_rp (n);
insert into directory.party (id, kind, name, credit_code, category, created_at, updated_at)
select p.id, 'ORGANIZATION', '基准企业' || p.n, 'B' || lpad(p.n::text, 17, '0'), c.c, now(), now()
from bench_rp p join bench_categories c on c.n = p.n % 17;
create temp table bench_types as
  select row_number() over (order by agency_id, code) - 1 as n, agency_id, id, code from enforcement.violation_type;
create temp table bench_agency as
  select row_number() over (order by id) - 1 as n, id from directory.agency where kind <> 'SUPERVISOR';
-- the party of an event: skewed to low numbers two times in three, uniform otherwise
create temp table bench_draw as
  select g, case when random() < 0.667 then floor(:parties * power(random(), 3))::int
                 else floor(:parties * random())::int end as party_n,
         date '2024-01-01' + floor(random() * (current_date - date '2024-01-01' + 1))::int as day,
         random() as u
  from generate_series(0::bigint, :events - 1) g;
select count(*) as events from bench_draw;

insert into enforcement.enforcement_case (id, number, agency_id, party_id, violation_type_id, violation_code,
    occurred_on, facts, origin, status, treatment, decision_law, decision_article, opened_by, created_at, closed_at)
select gen_random_uuid(), 'RB-' || d.g, t.agency_id, p.id, t.id, t.code, d.day, '基准测试', 
       case when d.u < 0.2 then 'COMPLAINT' else 'INSPECTION' end, 'CLOSED',
       case when d.u < 0.1 then 'NOT_ESTABLISHED' when d.u < 0.45 then 'NO_PENALTY' else 'STANDARD' end,
       '《基准测试》', '第一条', '00000000-0000-0000-0000-000000000000',
       (d.day + (floor(d.u * 60))::int)::timestamptz, now()
from bench_draw d join bench_rp p on p.n = d.party_n
join bench_types t on t.n = d.g % (select count(*) from bench_types)
where d.g % 10 < 4;

insert into guidance.guidance_act (id, agency_id, party_id, party_name, party_category, officer_id, form, document_form,
    channel, subject, content, principles, issued_on, response_accepted, rect_requirement, rect_deadline,
    rect_corrected, status, created_at)
select gen_random_uuid(), a.id, p.id, '基准企业' || p.n, 'OTHER', '00000000-0000-0000-0000-000000000000', 'REMIND', 'SIMPLE',
       'SMS', '基准指导', '基准指导内容', '["LAWFUL"]', d.day,
       case when d.u < 0.3 then (d.party_n > :parties / 20 or d.u > 0.1) end,
       case when d.u > 0.7 then '整改' end, case when d.u > 0.7 then d.day + 15 end,
       case when d.u > 0.7 then not (d.party_n < :parties / 20 and d.u > 0.85) end,
       case when d.u > 0.7 then 'CORRECTED' else 'ISSUED' end, now()
from bench_draw d join bench_rp p on p.n = d.party_n
join bench_agency a on a.n = d.g % (select count(*) from bench_agency)
where d.g % 10 between 4 and 7;

insert into enforcement.inspection (id, agency_id, party_id, officer_id, inspected_on, place, findings, violation_found,
    created_at)
select gen_random_uuid(), a.id, p.id, '00000000-0000-0000-0000-000000000000', d.day, '基准场所', '基准检查',
       d.u < 0.1, now()
from bench_draw d join bench_rp p on p.n = (d.g * 7919) % :parties
join bench_agency a on a.n = d.g % (select count(*) from bench_agency)
where d.g % 10 >= 8;

analyze directory.party;
analyze enforcement.enforcement_case;
analyze enforcement.inspection;
analyze guidance.guidance_act;
select (select count(*) from directory.party) as parties, (select count(*) from enforcement.enforcement_case) as cases,
       (select count(*) from guidance.guidance_act) as acts, (select count(*) from enforcement.inspection) as inspections;
