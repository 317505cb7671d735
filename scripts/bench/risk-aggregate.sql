-- The reference for the full recompute (issue 7): one hand-written SQL aggregate over the same
-- rows — every party's decayed violations, penalties and complaints, its decayed guidance
-- declined and not corrected, and its last inspection — joined by party, counted, not scored.
\timing on
select count(*), sum(v + p + c + d + x) from (
  select pa.id,
    coalesce(e.v, 0) as v, coalesce(e.p, 0) as p, coalesce(e.c, 0) as c, coalesce(g.d, 0) as d, coalesce(g.x, 0) as x,
    i.last
  from directory.party pa
  left join (select party_id,
      sum(case when coalesce(treatment, '') <> 'NOT_ESTABLISHED' then power(0.5, (current_date - occurred_on)::float8 / 365) else 0 end) v,
      sum(case when treatment in ('STANDARD', 'LIGHTER', 'MITIGATED') then power(0.5, (current_date - occurred_on)::float8 / 730) else 0 end) p,
      sum(case when origin = 'COMPLAINT' then power(0.5, (current_date - occurred_on)::float8 / 365) else 0 end) c
    from enforcement.enforcement_case where occurred_on >= current_date - 1095 group by party_id) e on e.party_id = pa.id
  left join (select party_id,
      sum(case when response_accepted = false then power(0.5, (current_date - issued_on)::float8 / 365) else 0 end) d,
      sum(case when rect_corrected = false then power(0.5, (current_date - issued_on)::float8 / 365) else 0 end) x
    from guidance.guidance_act where issued_on >= current_date - 1095 group by party_id) g on g.party_id = pa.id
  left join (select party_id, max(inspected_on) last from enforcement.inspection group by party_id) i on i.party_id = pa.id
) t;
