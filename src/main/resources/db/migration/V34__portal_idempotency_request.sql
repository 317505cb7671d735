-- a repeated Idempotency-Key returns the first receipt only for the same request (its hash)
alter table portal.idempotency_key add column request_hash varchar(64);
