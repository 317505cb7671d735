-- 回访 of a decided enforcement case (Luohe art. 13(8)): a follow-up belongs to a guidance
-- act or to a case, never both; a case's visit records its result on the follow-up itself.
alter table guidance.follow_up add column case_id uuid;
alter table guidance.follow_up add column result jsonb;
alter table guidance.follow_up alter column act_id drop not null;
alter table guidance.follow_up add constraint follow_up_act_or_case
    check ((act_id is null) <> (case_id is null));

-- the follow-up a decision scheduled: one per case
create unique index follow_up_case_due_uq on guidance.follow_up (case_id)
    where case_id is not null and reason in ('MAJOR', 'COMPLEX');
create index follow_up_case_idx on guidance.follow_up (case_id) where case_id is not null;

-- a complaint raised at a case's visit names the case and the follow-up, not acts
alter table guidance.conduct_complaint alter column follow_up_act_id drop not null;
alter table guidance.conduct_complaint alter column subject_act_id drop not null;
alter table guidance.conduct_complaint add column case_id uuid;
alter table guidance.conduct_complaint add column follow_up_id uuid references guidance.follow_up (id);
alter table guidance.conduct_complaint add constraint conduct_complaint_act_or_case
    check (follow_up_act_id is not null or case_id is not null);

-- the officer's reminder of a case's visit names the follow-up, not an act
alter table guidance.reminder alter column act_id drop not null;
alter table guidance.reminder add constraint reminder_act_or_follow_up
    check (act_id is not null or follow_up_id is not null);
create unique index reminder_case_follow_up_uq on guidance.reminder (follow_up_id, kind, due_on)
    where act_id is null;
