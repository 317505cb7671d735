-- Whom a conduct complaint is about (被投诉人, issue 22 item 4): the officers named, each with
-- the name they had when the complaint was raised. Complaints raised before this name no one
-- here; the pages name the officer of the visited act for them, as before.
alter table guidance.conduct_complaint add column against jsonb not null default '[]'::jsonb;
