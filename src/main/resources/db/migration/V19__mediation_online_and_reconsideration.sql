-- M8 online mediation: an agreement proposed to the parties awaits their signatures
-- (AWAITING_SIGNATURES); each party's consent and signature carries its confirmation
-- (time, IP, method) inside the parties jsonb.
-- M7 reconsideration mediation: a case run by a reconsideration organ (行政复议机构) over an
-- administrative dispute, with the respondent agency and the disputed act.
alter table mediation.mediation_case drop constraint mediation_case_status_check;
alter table mediation.mediation_case add constraint mediation_case_status_check
    check (status in ('AWAITING_CONSENT', 'AWAITING_ACCEPTANCE', 'ACCEPTED', 'IN_SESSION', 'AWAITING_SIGNATURES',
                      'AGREED', 'TERMINATED', 'REFUSED'));
alter table mediation.mediation_case
    add column agreement_proposed_at timestamptz,
    add column forum                 varchar(16) not null default 'AGENCY'
        check (forum in ('AGENCY', 'RECONSIDERATION')),
    add column respondent_agency_id  uuid,
    add column disputed_act          varchar(500),
    add constraint reconsideration_names_respondent
        check (forum <> 'RECONSIDERATION' or (respondent_agency_id is not null and disputed_act is not null));

create index mediation_case_respondent_agency_idx on mediation.mediation_case (respondent_agency_id)
    where respondent_agency_id is not null;

-- a settlement reached in reconsideration between the applicant and the respondent agency
alter table mediation.reconciliation add column respondent_agency_id uuid;
