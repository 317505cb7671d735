-- The day of the first act of guidance about each case (S2: "guidance before penalty"). Guidance tells
-- enforcement of every act about a case (enforcement.CaseGuided) and enforcement keeps the earliest day
-- on the case itself, so that the assessment counts guided cases from enforcement's own rows. This
-- one-time backfill reads the acts already issued; from now on only the event writes the column.
alter table enforcement.enforcement_case add column first_guided_on date;
update enforcement.enforcement_case c set first_guided_on = g.day
from (select case_id, min(issued_on) as day from guidance.guidance_act where case_id is not null group by case_id) g
where g.case_id = c.id;
