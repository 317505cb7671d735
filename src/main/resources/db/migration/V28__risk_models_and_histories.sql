-- an agency's legacy inspection history imported from CSV (R6 backtest and fitting): the whole
-- file or nothing; one row per inspection with its result, the violation codes found and
-- optional features
create table risk.history_import (
    id           uuid primary key,
    name         varchar(200) not null,
    agency_id    uuid,
    row_count    integer      not null,
    party_count  integer      not null,
    violations   integer      not null,
    first_date   date         not null,
    last_date    date         not null,
    columns      varchar(500) not null,
    imported_by  uuid         not null,
    imported_at  timestamptz  not null
);

create table risk.history_row (
    import_id          uuid         not null references risk.history_import (id) on delete cascade,
    row_no             integer      not null,
    party_key          varchar(64)  not null,
    inspected_on       date         not null,
    occurred_on        date,
    violation          boolean      not null,
    violation_codes    varchar(500),
    penalties          double precision,
    complaints         double precision,
    guidance_declined  double precision,
    not_corrected      double precision,
    follow_up_failed   double precision,
    satisfaction       double precision,
    category_high_risk_points double precision,
    primary key (import_id, row_no)
);

create index history_row_party_idx on risk.history_row (import_id, party_key, inspected_on);

-- model versions (R6): the scorecard's weights fitted on a history, validated on the period after
-- the training period, reviewed and activated by someone other than who fitted them; one active
-- at a time (none: the hand-set default)
create table risk.model_version (
    id                  uuid primary key,
    version             varchar(40)  not null unique,
    status              varchar(20)  not null check (status in ('VALIDATED', 'FAILED_VALIDATION', 'ACTIVE', 'RETIRED')),
    intercept           double precision not null,
    weights             jsonb        not null,
    half_lives          jsonb        not null,
    high_from           double precision not null,
    medium_from         double precision not null,
    source              varchar(10)  not null check (source in ('PLATFORM', 'IMPORT')),
    history_id          uuid references risk.history_import (id),
    train_cut_off       date         not null,
    validation_cut_off  date         not null,
    horizon_days        integer      not null,
    l2                  double precision not null,
    training_examples   integer      not null,
    training_positives  integer      not null,
    validation_auc      double precision,
    validation_lift     double precision,
    compared_version    varchar(40),
    compared_auc        double precision,
    problems            jsonb        not null default '[]',
    fitted_by           uuid         not null,
    fitted_at           timestamptz  not null,
    reviewed_by         uuid,
    review_note         varchar(2000),
    activated_at        timestamptz,
    retired_at          timestamptz,
    constraint thresholds_in_order check (0 < medium_from and medium_from < high_from and high_from < 1),
    constraint active_was_reviewed check (status not in ('ACTIVE', 'RETIRED') or reviewed_by is not null),
    constraint failed_never_active check (status <> 'ACTIVE' or problems = '[]'::jsonb)
);

create unique index model_version_one_active_idx on risk.model_version ((true)) where status = 'ACTIVE';
