-- the evaluation report (R5) reads an agency's acts of a period that named risk points, and
-- its follow-up visits: partial indexes by agency and date
create index guidance_act_risk_point_idx on guidance.guidance_act (agency_id, issued_on)
    include (risk_point_id, party_id) where risk_point_id is not null;
create index guidance_act_follow_up_satisfaction_idx on guidance.guidance_act (agency_id, issued_on)
    where form = 'FOLLOW_UP' and follow_up is not null;
