-- Account administration (issue 22): an initial or reset password must be changed at the
-- next sign-in, and a change of password revokes the bearer tokens issued before it.
alter table security.account
    add column password_change_required boolean not null default false,
    add column password_changed_at      timestamptz,
    add column updated_at               timestamptz;
