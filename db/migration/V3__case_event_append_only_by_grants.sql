-- The append-only rule of case_event moves from triggers to database privileges: the application's
-- account gets INSERT and SELECT on case_event only (deploy/README.md).
-- Why: with any trigger on case_event, MariaDB 11.4.5 refuses multi-row INSERT … SELECT into it
-- ("Column 'initiative_id' cannot be null" for rows that have one), which bulk loads and data fixes need;
-- and creating triggers with binary logging on needs SUPER or log_bin_trust_function_creators.
drop trigger if exists tr_case_event_no_update;
drop trigger if exists tr_case_event_no_delete;
