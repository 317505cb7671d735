-- evidence moves with its record when a referral moves the record to another agency (J1): the custody chain says so
alter table evidence.custody drop constraint custody_action_check;
alter table evidence.custody add constraint custody_action_check check (action in ('UPLOADED', 'VIEWED', 'DOWNLOADED',
    'EXPORTED', 'VERIFIED', 'RETENTION_CHANGED', 'HOLD_SET', 'HOLD_RELEASED', 'DELETED', 'TRANSFERRED'));
