-- the assessment's figures per agency over a year (S2) read each module's records by the day they happened
create index if not exists case_decided_at_idx on enforcement.enforcement_case (decided_at) where decided_at is not null;
create index if not exists mediation_case_ended_idx on mediation.mediation_case ((coalesce(closed_at, agreed_at)))
    where status in ('AGREED', 'TERMINATED');
create index if not exists follow_up_due_idx on guidance.follow_up (due_on);
create index if not exists act_rect_deadline_idx on guidance.guidance_act (rect_deadline) where rect_corrected is not null;
create index if not exists act_case_idx on guidance.guidance_act (case_id) where case_id is not null;
create index if not exists complaint_created_idx on guidance.conduct_complaint (created_at);
create index if not exists warning_opened_idx on risk.warning (opened_at);
