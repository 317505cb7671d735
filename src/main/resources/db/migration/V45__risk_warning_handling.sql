-- risk warnings handled on pages (issue 22): the outcome of the intervention — guidance given,
-- an inspection made, or dismissed with its reason — and the inspection it names; the party's
-- name kept beside the warning (searched and shown in lists, refreshed when the directory
-- renames the party)
alter table risk.warning add column party_name varchar(200);
alter table risk.warning add column intervention_outcome varchar(20)
    check (intervention_outcome in ('GUIDANCE_GIVEN', 'INSPECTION', 'DISMISSED'));
alter table risk.warning add column intervention_inspection_id uuid;

update risk.warning w set party_name = p.name from directory.party p where p.id = w.party_id;
update risk.warning set intervention_outcome = 'GUIDANCE_GIVEN' where status = 'HANDLED';

alter table risk.warning add constraint handled_has_outcome
    check (status <> 'HANDLED' or intervention_outcome is not null);
alter table risk.warning add constraint inspection_outcome_names_inspection
    check (intervention_outcome is distinct from 'INSPECTION' or intervention_inspection_id is not null);
alter table risk.warning add constraint guidance_outcome_names_form
    check (intervention_outcome is distinct from 'GUIDANCE_GIVEN' or intervention_form is not null);

create index warning_agency_expires_idx on risk.warning (agency_id, expires_on);
