-- Issue 23: an officer's law-enforcement certificate (执法证) is valid until a day (APL art. 42);
-- null: no end recorded.
alter table directory.officer add column certificate_valid_until date;
