-- Issue 23: a decision revoked by reconsideration, litigation or the agency's own correction; its
-- 公示 is withdrawn.
alter table enforcement.enforcement_case add column revocation jsonb;
