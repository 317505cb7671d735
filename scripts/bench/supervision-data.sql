-- Data of the assessment benchmark (issue 11): :agencies agencies (the demo city's plus synthetic ones)
-- and :events records of the assessment year :year spread over them — decided enforcement cases (35 %,
-- a tenth escalated from guidance), acts of guidance (30 %: half about a case, a third with a
-- rectification deadline and its outcome), follow-up visits (10 %), mediation cases ended (5 %), risk
-- warnings settled (10 %), rated online services (5 %) and conduct complaints (5 %). Mediation cases,
-- whose rows have many parts, are copied from a demo case with their keys, agency and day replaced.
-- Run with psql -v agencies=50 -v events=10000000 -v year=2026.
\set ON_ERROR_STOP on
\timing on
select setseed(0.11);
insert into directory.agency (id, code, name, division_code, level, kind, head_name, created_at)
select gen_random_uuid(), 'bench-' || g, '基准机关' || g, '419901', 'COUNTY', 'ENFORCEMENT', '基准', now()
from generate_series(1, greatest(0, :agencies - (select count(*) from directory.agency where kind <> 'SUPERVISOR'))) g;
create temp table ba as select row_number() over (order by id) - 1 as n, id from directory.agency where kind <> 'SUPERVISOR';
create temp table bp as select g as n, gen_random_uuid() as id from generate_series(0, 99999) g;
insert into directory.party (id, kind, name, credit_code, category, created_at, updated_at)
select id, 'ORGANIZATION', '考核基准企业' || n, 'K' || lpad(n::text, 17, '0'), 'OTHER', now(), now() from bp;
create temp table bt as select row_number() over (order by agency_id, code) - 1 as n, agency_id, id, code
  from enforcement.violation_type;
-- an event: its number, agency, party, day of the year and a uniform draw
create temp table bd as
  select g, (g % :agencies) as a_n, (g * 7919) % 100000 as p_n,
         make_date(:year, 1, 1) + floor(random() * 365)::int as day, random() as u
  from generate_series(0::bigint, :events - 1) g;
create index on bd ((g % 20));

-- 35 %: decided cases (an agency without a catalogue borrows a type: the figures count by agency)
create temp table bc as
  select d.g, gen_random_uuid() as id, a.id as agency_id, p.id as party_id, t.id as type_id, t.code, d.day, d.u
  from bd d join ba a on a.n = d.a_n join bp p on p.n = d.p_n
  join bt t on t.n = d.g % (select count(*) from bt)
  where d.g % 20 < 7;
create unique index on bc (g);
insert into enforcement.enforcement_case (id, number, agency_id, party_id, violation_type_id, violation_code,
    occurred_on, facts, origin, status, treatment, decision_law, decision_article, opened_by, created_at, decided_at)
select id, 'KH-' || g, agency_id, party_id, type_id, code, day - 20, '考核基准',
       case when u < 0.1 then 'GUIDANCE' else 'INSPECTION' end, 'DECIDED',
       case when u < 0.4 then 'NO_PENALTY' else 'STANDARD' end, '《基准测试》', '第一条',
       '00000000-0000-0000-0000-000000000000', (day - 20)::timestamptz, day::timestamptz + interval '10 hours'
from bc;

-- 30 %: acts of guidance; half about a case of the same agency, a third with a rectification outcome
insert into guidance.guidance_act (id, agency_id, party_id, party_name, party_category, officer_id, form, document_form,
    channel, subject, content, principles, issued_on, case_id, rect_requirement, rect_deadline, rect_corrected,
    status, created_at)
select gen_random_uuid(), a.id, p.id, '考核基准企业' || p.n, 'OTHER', '00000000-0000-0000-0000-000000000000', 'REMIND',
       'SIMPLE', 'SMS', '基准指导', '基准指导内容', '["LAWFUL"]', d.day,
       case when d.u < 0.5 then (select c.id from bc c where c.g = d.g - (d.g % 20) + (d.g % 7)) end,
       case when d.u > 0.66 then '整改' end, case when d.u > 0.66 then d.day end,
       case when d.u > 0.66 then d.u > 0.72 end,
       case when d.u > 0.72 then 'CORRECTED' else 'ISSUED' end, now()
from bd d join ba a on a.n = d.a_n join bp p on p.n = d.p_n
where d.g % 20 between 7 and 12;

-- what enforcement keeps from guidance's CaseGuided events (as the app does for each act about a case):
-- the day of each case's first act of guidance
update enforcement.enforcement_case c set first_guided_on = g.day
from (select case_id, min(issued_on) as day from guidance.guidance_act
      where case_id is not null and subject = '基准指导' group by case_id) g
where g.case_id = c.id;

-- 10 %: follow-up visits due in the year, four in five made
create temp table bact as select id, agency_id, party_id, row_number() over () as n from guidance.guidance_act
  where subject = '基准指导' limit 100000;
insert into guidance.follow_up (id, act_id, agency_id, party_id, party_name, act_subject, officer_id, due_on, reason,
    status, created_at)
select gen_random_uuid(), x.id, a.id, x.party_id, '考核基准企业', '基准指导', '00000000-0000-0000-0000-000000000000',
       d.day, 'MAJOR', case when d.u < 0.8 then 'DONE' else 'SCHEDULED' end, now()
from bd d join ba a on a.n = d.a_n join bact x on x.n = 1 + d.g % 100000
where d.g % 20 between 13 and 14;

-- 5 %: conduct complaints
insert into guidance.conduct_complaint (id, agency_id, party_id, party_name, officer_id, follow_up_act_id,
    subject_act_id, summary, status, created_at)
select gen_random_uuid(), a.id, x.party_id, '考核基准企业', '00000000-0000-0000-0000-000000000000', x.id, x.id,
       '基准投诉', 'OPEN', d.day::timestamptz + interval '9 hours'
from bd d join ba a on a.n = d.a_n join bact x on x.n = 1 + d.g % 100000
where d.g % 20 = 15;

-- 10 %: risk warnings opened in the year and settled, seven in ten handled
insert into risk.warning (id, party_id, agency_id, reason, status, trigger_type, proposed_form, proposed_measures,
    opened_at, expires_on, intervention_note, handled_at)
select gen_random_uuid(), p.id, a.id, 'RECTIFICATION_NOT_MADE', case when d.u < 0.7 then 'HANDLED' else 'EXPIRED' end,
       'BENCH', 'REMIND', '提示', d.day::timestamptz, d.day + 7, case when d.u < 0.7 then '已提示' end,
       case when d.u < 0.7 then d.day::timestamptz + interval '2 days' end
from bd d join ba a on a.n = d.a_n join bp p on p.n = d.p_n
where d.g % 20 between 16 and 17;

-- 5 %: mediation cases that ended in the year (a demo case's row, renumbered)
insert into mediation.mediation_case
select r.*
from bd d join ba a on a.n = d.a_n
cross join (select * from mediation.mediation_case order by created_at limit 1) m
cross join lateral jsonb_populate_record(null::mediation.mediation_case, to_jsonb(m) || jsonb_build_object(
          'id', gen_random_uuid(), 'number', 'KH-TJ-' || d.g, 'agency_id', a.id,
          'status', case when d.u < 0.6 then 'AGREED' else 'TERMINATED' end,
          'facts_found', '基准', 'terms', '基准', 'agreed_at', d.day::timestamptz, 'closed_at', d.day::timestamptz)) r
where d.g % 20 = 18;

-- 5 %: online services completed and rated
create temp table bapp as
  select gen_random_uuid() as id, d.g, a.id as agency_id, d.day, 1 + floor(d.u * 5)::int as stars
  from bd d join ba a on a.n = d.a_n where d.g % 20 = 19;
insert into portal.application (id, tracking_number, service_item_id, agency_id, type, channel, status,
    applicant_name, phone_sealed, phone_index, phone_masked, content, due_by, created_at, updated_at)
select b.id, 'K' || lpad(b.g::text, 15, '0'), (select id from portal.service_item order by code limit 1), b.agency_id,
       'CONSULTATION', 'WEB', 'COMPLETED', '基准申请人', '\x00'::bytea, md5(b.g::text), '138****0000', '基准咨询',
       b.day + 3, b.day::timestamptz, b.day::timestamptz + interval '1 day'
from bapp b;
insert into portal.rating (application_id, agency_id, stars, created_at)
select id, agency_id, stars, day::timestamptz + interval '15 hours' from bapp;

analyze;
select (select count(*) from ba) as agencies,
       (select count(*) from enforcement.enforcement_case where decided_at >= make_date(:year, 1, 1)) as decided,
       (select count(*) from guidance.guidance_act) as acts, (select count(*) from guidance.follow_up) as follow_ups,
       (select count(*) from guidance.conduct_complaint) as complaints, (select count(*) from risk.warning) as warnings,
       (select count(*) from mediation.mediation_case) as mediations, (select count(*) from portal.rating) as ratings;
