-- the evaluation report (R5) counts an agency's violations of some types in a period, and the
-- parties that committed them
create index case_agency_type_occurred_idx on enforcement.enforcement_case (agency_id, violation_code, occurred_on)
    include (party_id, treatment);
