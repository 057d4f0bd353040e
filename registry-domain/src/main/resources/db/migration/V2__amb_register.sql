-- The AMB register as described in the "Voorwaarden Beroepsregister AMB": the default data set.
-- Every number here is data that an administrator may change, or that another register sets differently.

INSERT INTO register (id, version, code, name, title_abbreviation, title_name, deadline_months, course_exemption_months)
VALUES (nextval('register_seq'), 1, 'AMB', 'Beroepsregister Accountmanager Bedrijven', 'R-AMB',
        'Geregistreerd Accountmanager Bedrijven', 2, 12);

INSERT INTO register_level (id, version, register_id, level, function_title, minimum_work_level, experience_years,
                            experience_exclusive, course_route, pe_minimum, network_minimum, network_maximum,
                            certificate_validity_months, questionnaire_required, portfolio_required,
                            portfolio_local_level, peer_review_required)
SELECT nextval('register_level_seq'), 1, r.id, 'C', 'Accountmanager Bedrijven niveau C / Klantmanager Bedrijven',
       'MBO_PLUS', 0, FALSE, FALSE, 8, NULL, NULL, 12, FALSE, FALSE, FALSE, FALSE
FROM register r WHERE r.code = 'AMB';

INSERT INTO register_level (id, version, register_id, level, function_title, minimum_work_level, experience_years,
                            experience_exclusive, course_route, pe_minimum, network_minimum, network_maximum,
                            certificate_validity_months, questionnaire_required, portfolio_required,
                            portfolio_local_level, peer_review_required)
SELECT nextval('register_level_seq'), 1, r.id, 'B', 'Accountmanager Bedrijven niveau B / Relatiemanager Bedrijven',
       'HBO_PLUS', 3, FALSE, TRUE, 12, NULL, NULL, 24, TRUE, TRUE, FALSE, TRUE
FROM register r WHERE r.code = 'AMB';

INSERT INTO register_level (id, version, register_id, level, function_title, minimum_work_level, experience_years,
                            experience_exclusive, course_route, pe_minimum, network_minimum, network_maximum,
                            certificate_validity_months, questionnaire_required, portfolio_required,
                            portfolio_local_level, peer_review_required)
SELECT nextval('register_level_seq'), 1, r.id, 'A',
       'Accountmanager Bedrijven niveau A / Senior Relatiemanager Bedrijven',
       'WO_PLUS', 5, TRUE, FALSE, 20, 6, 10, 24, TRUE, TRUE, TRUE, TRUE
FROM register r WHERE r.code = 'AMB';

-- DOMAIN.md §12.6: the questionnaire's default questions, for B and A
INSERT INTO questionnaire_question (id, version, register_id, level, code, position, text_nl, text_en, active)
SELECT nextval('questionnaire_question_seq'), 1, r.id, l.level, q.code, q.position, q.text_nl, q.text_en, TRUE
FROM register r
CROSS JOIN (SELECT 'B' AS level UNION ALL SELECT 'A') l
CROSS JOIN (
    SELECT 'JOB_CHANGES' AS code, 1 AS position,
           'Welke veranderingen waren er dit jaar in uw functie of bij uw werkgever?' AS text_nl,
           'What changed this year in your job or with your employer?' AS text_en
    UNION ALL
    SELECT 'MAIN_FOCUS', 2, 'Waar lag dit jaar het zwaartepunt van uw werk?',
           'What was the main focus of your work this year?'
    UNION ALL
    SELECT 'KEY_RESULT', 3, 'Wat was dit jaar uw belangrijkste resultaat?',
           'What was your most important result this year?'
    UNION ALL
    SELECT 'DEVELOPMENT_WISH', 4, 'Op welk gebied wilt u zich het komende jaar verder ontwikkelen?',
           'In which area would you like to develop further in the coming year?'
) q
WHERE r.code = 'AMB';
