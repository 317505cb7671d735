-- the dispute types an agency mediates (M2; LY12-13); an agency without rows mediates every type
create table mediation.competence (
    agency_id    uuid        not null,
    dispute_type varchar(24) not null,
    primary key (agency_id, dispute_type)
);
