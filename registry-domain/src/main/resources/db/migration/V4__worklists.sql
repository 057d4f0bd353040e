-- The office's worklists (issue 6): each list is found by a status and paged in its date order in the database, so
-- the first page and a page deep in the list stay fast with 100,000 registrations. Runs on PostgreSQL and on H2.

-- applications waiting for an audit to be planned, by the day they came in
CREATE INDEX ix_application_status_applied ON application (status, applied_at);
-- audits planned (held or coming), by their date
CREATE INDEX ix_application_status_audit ON application (status, audit_date);
-- portfolio proposals waiting for judgement, by the moment they were proposed
CREATE INDEX ix_portfolio_status_proposed ON portfolio_activity (status, proposed_at);
-- dossiers submitted for review, first come first served
CREATE INDEX ix_year_status_submitted ON registration_year (dossier_status, submitted_at);
-- open and returned dossiers whose submission deadline passed
CREATE INDEX ix_year_status_deadline ON registration_year (dossier_status, submission_deadline);
-- every list can be sorted by the registrant's name
CREATE INDEX ix_registrant_name ON registrant (last_name, first_name);

-- the composite indexes above begin with the status these single-column ones held
DROP INDEX ix_application_status;
DROP INDEX ix_portfolio_status;
DROP INDEX ix_year_status;
