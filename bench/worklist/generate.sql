-- 100,000 registrations (or :n) written straight into the register's PostgreSQL schema, as the migrations made it,
-- for the worklist benchmark. psql variables: n (how many registrations) and today (the day the server's clock shows).
-- Ids start at 1,000,001 so they never meet the application's own sequences, which are moved past them at the end.
-- Every registrant has one registration, with the year before (approved) and the current one:
--   level      C 50 %, B 35 %, A 15 %
--   status     active 90 %, lapsed 5 %, withdrawn 3 %, struck off 2 %
--   current    starts on one of the last 365 days, evenly spread (an inactive one ended more than a year ago)
--   dossier    of an active one: open 84 %, submitted 12 % (on time or late as its deadline says), returned 4 %
-- and besides: a portfolio proposal waiting for one in five B/A registrations, 3,000 applications waiting for an audit,
-- 2,000 audits planned with one auditor (half of them in the past), 500 reminders that failed.

\set ON_ERROR_STOP on
BEGIN;

CREATE TEMPORARY TABLE bench_names (kind CHAR(1), position INTEGER, name VARCHAR(40));
INSERT INTO bench_names
SELECT 'F', ordinality, name FROM unnest(ARRAY['Anna','Bram','Cor','Daan','Eva','Fatima','Gijs','Hanna','Ilse','Jan',
    'Kees','Lotte','Mohamed','Noor','Otto','Pieter','Quinten','Rosa','Sanne','Tim','Umut','Vera','Willem','Xander',
    'Yara','Zeynep','Lars','Mila','Sem','Julia']) WITH ORDINALITY AS t(name, ordinality)
UNION ALL
SELECT 'L', ordinality, name FROM unnest(ARRAY['de Jong','Jansen','de Vries','van den Berg','van Dijk','Bakker',
    'Janssen','Visser','Smit','Meijer','de Boer','Mulder','de Groot','Bos','Vos','Peters','Hendriks','van Leeuwen',
    'Dekker','Brouwer','de Wit','Dijkstra','Smits','de Graaf','van der Meer','van der Linden','Kok','Jacobs',
    'de Haan','Vermeulen','van den Heuvel','van der Veen','van den Broek','de Bruijn','de Bruin','van der Heijden',
    'Schouten','van Beek','Willems','van Vliet','van de Ven','Hoekstra','Maas','Verhoeven','Koster','van Dam',
    'van der Wal','Prins','Blom','Huisman','El Amrani','Yilmaz','Özdemir','Nguyen','Kaya']) WITH ORDINALITY AS t(name, ordinality);

CREATE TEMPORARY TABLE bench_people AS
SELECT g,
       1000000 + g AS id,
       (SELECT name FROM bench_names WHERE kind = 'F' AND position = 1 + (g * 7) % 30) AS first_name,
       (SELECT name FROM bench_names WHERE kind = 'L' AND position = 1 + (g * 13) % 55) AS last_name,
       CASE WHEN g % 20 < 10 THEN 'C' WHEN g % 20 < 17 THEN 'B' ELSE 'A' END AS level,
       CASE WHEN g % 100 < 90 THEN 'ACTIVE' WHEN g % 100 < 95 THEN 'LAPSED' WHEN g % 100 < 98 THEN 'WITHDRAWN'
            ELSE 'STRUCK_OFF' END AS status,
       (g * 37) % 365 AS age_days,
       (g * 17) % 100 AS dossier_draw
FROM generate_series(1, :n) AS g;

CREATE TEMPORARY TABLE bench_shape AS
SELECT p.*,
       CASE WHEN p.status = 'ACTIVE' THEN DATE :'today' - p.age_days
            ELSE DATE :'today' - 400 - p.age_days END AS year_start
FROM bench_people p;

INSERT INTO registrant (id, version, first_name, last_name, search_name, email, employer, job_title, language,
                        employer_public, created_at)
SELECT id, 0, first_name, last_name, lower(first_name || ' ' || last_name),
       'persoon' || g || '@gemeente.example', 'Gemeente ' || (1 + g % 340), 'Accountmanager bedrijven', 'NL', FALSE,
       (year_start - INTERVAL '2 years')::TIMESTAMP AT TIME ZONE 'UTC'
FROM bench_shape;

INSERT INTO registration (id, version, registration_number, registrant_id, register_id, level, status, start_date,
                          valid_until, course_completed_on)
SELECT id, 0, 'AMB-' || lpad(g::TEXT, 6, '0'), id, (SELECT id FROM register WHERE code = 'AMB'), level, status,
       (year_start - INTERVAL '1 year' * (1 + g % 4))::DATE, (year_start + INTERVAL '1 year')::DATE, NULL
FROM bench_shape;

-- the year before: approved
INSERT INTO registration_year (id, version, registration_id, start_date, renewal_date, submission_deadline, level,
                               pe_exempt, dossier_status, submitted_at, submitted_by, late, decided_at, decided_by,
                               attended, presented)
SELECT 1000000 + g, 1, id, (year_start - INTERVAL '1 year')::DATE, year_start,
       (year_start - INTERVAL '2 months')::DATE, level, FALSE, 'APPROVED',
       (year_start - INTERVAL '3 months')::TIMESTAMP AT TIME ZONE 'UTC', 'bench', FALSE,
       (year_start - INTERVAL '70 days')::TIMESTAMP AT TIME ZONE 'UTC', 'bench', level <> 'C', level <> 'C'
FROM bench_shape;

-- the current year
INSERT INTO registration_year (id, version, registration_id, start_date, renewal_date, submission_deadline, level,
                               pe_exempt, dossier_status, submitted_at, submitted_by, late, attended, presented)
SELECT 2000000 + g, 1, id, year_start, (year_start + INTERVAL '1 year')::DATE,
       (year_start + INTERVAL '10 months')::DATE, level, FALSE, dossier,
       CASE WHEN dossier IN ('SUBMITTED', 'RETURNED') THEN submitted END,
       CASE WHEN dossier IN ('SUBMITTED', 'RETURNED') THEN 'bench' END,
       CASE WHEN dossier IN ('SUBMITTED', 'RETURNED') THEN submitted::DATE > (year_start + INTERVAL '10 months')::DATE END,
       FALSE, FALSE
FROM (
    SELECT s.*,
           CASE WHEN status <> 'ACTIVE' THEN 'OPEN'
                WHEN dossier_draw < 12 THEN 'SUBMITTED'
                WHEN dossier_draw < 16 THEN 'RETURNED'
                ELSE 'OPEN' END AS dossier,
           (GREATEST(year_start, DATE :'today' - (g % 60)) + TIME '09:30')::TIMESTAMP AT TIME ZONE 'UTC' AS submitted
    FROM bench_shape s
) shaped;

INSERT INTO status_change (id, registration_id, kind, from_status, to_status, level, changed_at, changed_by, reason)
SELECT 1000000 + g, id, 'ADMITTED', NULL, 'ACTIVE', level,
       (year_start - INTERVAL '1 year' * (1 + g % 4))::TIMESTAMP AT TIME ZONE 'UTC', 'bench', NULL
FROM bench_shape
UNION ALL
SELECT 2000000 + g, id, 'RENEWED', 'ACTIVE', 'ACTIVE', level,
       (year_start - INTERVAL '70 days')::TIMESTAMP AT TIME ZONE 'UTC', 'bench', NULL
FROM bench_shape
UNION ALL
SELECT 3000000 + g, id, status, 'ACTIVE', status, level,
       (year_start + INTERVAL '1 year 1 day')::TIMESTAMP AT TIME ZONE 'UTC', 'bench',
       CASE WHEN status = 'STRUCK_OFF' THEN 'Benchmark' END
FROM bench_shape WHERE status <> 'ACTIVE';

-- one auditor, who cannot sign in (the hash is no hash), with whom audits are planned
INSERT INTO account (id, version, username, password_hash, registrant_id, enabled, created_at, password_changed_at)
VALUES (9000001, 0, 'bench-auditor', 'no-password', NULL, TRUE, now(), now());
INSERT INTO account_role (account_id, role) VALUES (9000001, 'AUDITOR');

-- applications: 3,000 waiting for an audit, 2,000 with an audit planned (half of them held), from inactive registrants
INSERT INTO application (id, version, registrant_id, register_id, requested_level, route, experience_years,
                         work_level, function_level, status, applied_at, applied_by, audit_date, auditor_id)
SELECT 1000000 + g, 0, id, (SELECT id FROM register WHERE code = 'AMB'), level, 'ENTRY_AUDIT',
       CASE level WHEN 'C' THEN 1 WHEN 'B' THEN 4 ELSE 8 END,
       CASE level WHEN 'C' THEN 'MBO_PLUS' WHEN 'B' THEN 'HBO_PLUS' ELSE 'WO_PLUS' END, level,
       CASE WHEN rank <= 3000 THEN 'APPLIED' ELSE 'AUDIT_PLANNED' END,
       (DATE :'today' - (rank % 90)::INTEGER + TIME '10:00')::TIMESTAMP AT TIME ZONE 'UTC', 'bench',
       CASE WHEN rank > 3000 THEN DATE :'today' - 30 + (rank % 60)::INTEGER END,
       CASE WHEN rank > 3000 THEN 9000001 END
FROM (SELECT s.*, row_number() OVER (ORDER BY g) AS rank FROM bench_shape s WHERE status <> 'ACTIVE') inactive
WHERE rank <= 5000;

-- a portfolio proposal waiting in one of five active B and A registrations
INSERT INTO portfolio_activity (id, version, year_id, title, description, local_level, status, proposed_at,
                                proposed_by)
SELECT 1000000 + g, 0, 2000000 + g, 'Samenwerking met de ondernemersvereniging ' || (1 + g % 340),
       'Een gezamenlijk plan voor het bedrijventerrein.', level = 'A', 'PROPOSED',
       (year_start + TIME '11:00')::TIMESTAMP AT TIME ZONE 'UTC', 'bench'
FROM bench_shape WHERE status = 'ACTIVE' AND level <> 'C' AND g % 5 = 0;

-- 500 reminders the mail server did not take
INSERT INTO reminder (id, version, registration_id, year_id, year_start, kind, recipient, copy_to, status, due_on,
                      queued_at, attempts, next_attempt_at, sent_at, last_error)
SELECT 1000000 + g, 5, id, 2000000 + g, year_start, 'DOSSIER_DUE', 'persoon' || g || '@gemeente.example', NULL,
       'FAILED', (year_start + INTERVAL '10 months')::DATE, now(), 5, now(), NULL,
       '550 5.1.1 mailbox unavailable'
FROM bench_shape WHERE status = 'ACTIVE' AND g % 180 = 0 LIMIT 500;

-- the application's own ids and numbers continue after these
SELECT setval('registrant_seq', 10000000), setval('registration_seq', 10000000),
       setval('registration_year_seq', 10000000), setval('status_change_seq', 10000000),
       setval('application_seq', 10000000), setval('portfolio_activity_seq', 10000000),
       setval('account_seq', 10000000), setval('reminder_seq', 10000000),
       setval('registration_number_seq', :n + 1);

COMMIT;
ANALYZE;
