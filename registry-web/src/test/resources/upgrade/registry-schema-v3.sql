-- The register's database as release 1.0.0-SNAPSHOT left it: the schema of migrations V1..V3 (flyway_schema_history
-- included, with their checksums) and the data of one level-B registrant after two registration years (portfolio,
-- meeting, documents, PE activities, a renewal, a certificate, reminders) and one level-C registrant, made through the
-- API with the clock at 2026-01-05 .. 2027-03-10; the administrator's password is it-admin-secret.
--
-- UpgradeIT loads it into an empty PostgreSQL and starts the current build on it: later migrations must bring it up to
-- date and the data must still be served. Never edit it to follow a new migration: it is a frozen older release.
-- Made with: pg_dump --inserts --no-owner --no-privileges (PostgreSQL 14 server, pg_dump 15), psql's \restrict lines
-- removed so that plain JDBC can run it. config/README.md tells how to make the next one.
--
--
-- PostgreSQL database dump
--


-- Dumped from database version 14.22
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: public; Type: SCHEMA; Schema: -; Owner: -
--

-- *not* creating schema, since initdb creates it


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: account; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account (
    id bigint NOT NULL,
    version bigint NOT NULL,
    username character varying(64) NOT NULL,
    password_hash character varying(400) NOT NULL,
    registrant_id bigint,
    enabled boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    password_changed_at timestamp with time zone NOT NULL
);


--
-- Name: account_role; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_role (
    account_id bigint NOT NULL,
    role character varying(16) NOT NULL
);


--
-- Name: account_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.account_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: application; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.application (
    id bigint NOT NULL,
    version bigint NOT NULL,
    registrant_id bigint NOT NULL,
    register_id bigint NOT NULL,
    requested_level character varying(1) NOT NULL,
    route character varying(16) NOT NULL,
    experience_years numeric(4,1) NOT NULL,
    work_level character varying(16) NOT NULL,
    function_level character varying(1) NOT NULL,
    course_completed_on date,
    status character varying(16) NOT NULL,
    applied_at timestamp with time zone NOT NULL,
    applied_by character varying(64) NOT NULL,
    audit_date date,
    auditor_id bigint,
    decision_passed boolean,
    decision_level character varying(1),
    decision_reason character varying(2000),
    decided_at timestamp with time zone,
    decided_by character varying(64),
    registration_id bigint
);


--
-- Name: application_document; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.application_document (
    application_id bigint NOT NULL,
    document_id bigint NOT NULL
);


--
-- Name: application_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.application_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: certificate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.certificate (
    id bigint NOT NULL,
    version bigint NOT NULL,
    registration_id bigint NOT NULL,
    certificate_number character varying(32) NOT NULL,
    verification_code character varying(64) NOT NULL,
    level character varying(1) NOT NULL,
    issue_date date NOT NULL,
    expiry_date date NOT NULL,
    issued_at timestamp with time zone NOT NULL,
    superseded_on date
);


--
-- Name: certificate_number_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.certificate_number_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: certificate_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.certificate_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: document; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.document (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    filename character varying(200) NOT NULL,
    file_type character varying(8) NOT NULL,
    size_bytes bigint NOT NULL,
    sha256 character varying(64) NOT NULL,
    uploaded_at timestamp with time zone NOT NULL,
    uploaded_by character varying(64) NOT NULL
);


--
-- Name: document_content; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.document_content (
    document_id bigint NOT NULL,
    content bytea NOT NULL
);


--
-- Name: document_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.document_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: flyway_schema_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: pe_activity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pe_activity (
    id bigint NOT NULL,
    version bigint NOT NULL,
    year_id bigint NOT NULL,
    activity_date date NOT NULL,
    title character varying(200) NOT NULL,
    provider character varying(200) NOT NULL,
    points integer NOT NULL,
    category character varying(16) NOT NULL,
    evidence_id bigint,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL,
    CONSTRAINT pe_activity_points_check CHECK (((points >= 1) AND (points <= 40)))
);


--
-- Name: pe_activity_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.pe_activity_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: peer_review_meeting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.peer_review_meeting (
    id bigint NOT NULL,
    version bigint NOT NULL,
    register_id bigint NOT NULL,
    meeting_date date NOT NULL,
    location character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL
);


--
-- Name: peer_review_meeting_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.peer_review_meeting_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: portfolio_activity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.portfolio_activity (
    id bigint NOT NULL,
    version bigint NOT NULL,
    year_id bigint NOT NULL,
    title character varying(200) NOT NULL,
    description character varying(4000) NOT NULL,
    local_level boolean NOT NULL,
    status character varying(16) NOT NULL,
    proposed_at timestamp with time zone NOT NULL,
    proposed_by character varying(64) NOT NULL,
    decided_at timestamp with time zone,
    decided_by character varying(64),
    rejection_reason character varying(2000),
    report_id bigint
);


--
-- Name: portfolio_activity_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.portfolio_activity_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: questionnaire_answer; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.questionnaire_answer (
    year_id bigint NOT NULL,
    question_code character varying(40) NOT NULL,
    answer character varying(4000) NOT NULL
);


--
-- Name: questionnaire_question; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.questionnaire_question (
    id bigint NOT NULL,
    version bigint NOT NULL,
    register_id bigint NOT NULL,
    level character varying(1) NOT NULL,
    code character varying(40) NOT NULL,
    "position" integer NOT NULL,
    text_nl character varying(500) NOT NULL,
    text_en character varying(500) NOT NULL,
    active boolean NOT NULL
);


--
-- Name: questionnaire_question_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.questionnaire_question_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: register; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.register (
    id bigint NOT NULL,
    version bigint NOT NULL,
    code character varying(16) NOT NULL,
    name character varying(200) NOT NULL,
    title_abbreviation character varying(32) NOT NULL,
    title_name character varying(200) NOT NULL,
    deadline_months integer NOT NULL,
    course_exemption_months integer NOT NULL,
    CONSTRAINT register_course_exemption_months_check CHECK (((course_exemption_months >= 0) AND (course_exemption_months <= 60))),
    CONSTRAINT register_deadline_months_check CHECK (((deadline_months >= 0) AND (deadline_months <= 11)))
);


--
-- Name: register_level; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.register_level (
    id bigint NOT NULL,
    version bigint NOT NULL,
    register_id bigint NOT NULL,
    level character varying(1) NOT NULL,
    function_title character varying(200) NOT NULL,
    minimum_work_level character varying(16) NOT NULL,
    experience_years numeric(4,1) NOT NULL,
    experience_exclusive boolean NOT NULL,
    course_route boolean NOT NULL,
    pe_minimum integer NOT NULL,
    network_minimum integer,
    network_maximum integer,
    certificate_validity_months integer NOT NULL,
    questionnaire_required boolean NOT NULL,
    portfolio_required boolean NOT NULL,
    portfolio_local_level boolean NOT NULL,
    peer_review_required boolean NOT NULL,
    CONSTRAINT register_level_certificate_validity_months_check CHECK ((certificate_validity_months > 0)),
    CONSTRAINT register_level_level_check CHECK (((level)::text = ANY ((ARRAY['C'::character varying, 'B'::character varying, 'A'::character varying])::text[]))),
    CONSTRAINT register_level_pe_minimum_check CHECK ((pe_minimum >= 0))
);


--
-- Name: register_level_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.register_level_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: register_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.register_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: registrant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.registrant (
    id bigint NOT NULL,
    version bigint NOT NULL,
    first_name character varying(100) NOT NULL,
    last_name character varying(100) NOT NULL,
    search_name character varying(201) NOT NULL,
    email character varying(254) NOT NULL,
    employer character varying(200),
    job_title character varying(200),
    language character varying(2) NOT NULL,
    employer_public boolean NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: registrant_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.registrant_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: registration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.registration (
    id bigint NOT NULL,
    version bigint NOT NULL,
    registration_number character varying(32) NOT NULL,
    registrant_id bigint NOT NULL,
    register_id bigint NOT NULL,
    level character varying(1) NOT NULL,
    status character varying(16) NOT NULL,
    start_date date NOT NULL,
    valid_until date NOT NULL,
    course_completed_on date
);


--
-- Name: registration_number_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.registration_number_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: registration_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.registration_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: registration_year; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.registration_year (
    id bigint NOT NULL,
    version bigint NOT NULL,
    registration_id bigint NOT NULL,
    start_date date NOT NULL,
    renewal_date date NOT NULL,
    submission_deadline date NOT NULL,
    level character varying(1) NOT NULL,
    pe_exempt boolean NOT NULL,
    dossier_status character varying(16) NOT NULL,
    submitted_at timestamp with time zone,
    submitted_by character varying(64),
    late boolean,
    decision_reason character varying(4000),
    decided_at timestamp with time zone,
    decided_by character varying(64),
    declaration_employer character varying(200),
    declaration_job_title character varying(200),
    declaration_in_function boolean,
    declaration_signed_at timestamp with time zone,
    declaration_signed_by character varying(64),
    meeting_id bigint,
    enrolled_at timestamp with time zone,
    attended boolean NOT NULL,
    presented boolean NOT NULL,
    attendance_recorded_at timestamp with time zone,
    attendance_recorded_by character varying(64)
);


--
-- Name: registration_year_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.registration_year_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: reminder; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reminder (
    id bigint NOT NULL,
    version bigint NOT NULL,
    registration_id bigint NOT NULL,
    year_id bigint NOT NULL,
    year_start date NOT NULL,
    kind character varying(24) NOT NULL,
    recipient character varying(254) NOT NULL,
    copy_to character varying(254),
    status character varying(16) NOT NULL,
    due_on date NOT NULL,
    queued_at timestamp with time zone NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    claimed_at timestamp with time zone,
    claimed_by character varying(100),
    sent_at timestamp with time zone,
    last_error character varying(1000)
);


--
-- Name: reminder_attempt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reminder_attempt (
    id bigint NOT NULL,
    reminder_id bigint NOT NULL,
    attempted_at timestamp with time zone NOT NULL,
    delivered boolean NOT NULL,
    server character varying(100),
    error character varying(1000)
);


--
-- Name: reminder_attempt_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.reminder_attempt_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: reminder_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.reminder_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: reminder_text; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reminder_text (
    id bigint NOT NULL,
    version bigint NOT NULL,
    kind character varying(24) NOT NULL,
    language character varying(2) NOT NULL,
    subject character varying(200) NOT NULL,
    body character varying(4000) NOT NULL,
    changed_at timestamp with time zone NOT NULL,
    changed_by character varying(64) NOT NULL
);


--
-- Name: reminder_text_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.reminder_text_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: status_change; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.status_change (
    id bigint NOT NULL,
    registration_id bigint NOT NULL,
    kind character varying(16) NOT NULL,
    from_status character varying(16),
    to_status character varying(16) NOT NULL,
    level character varying(1) NOT NULL,
    changed_at timestamp with time zone NOT NULL,
    changed_by character varying(64) NOT NULL,
    reason character varying(2000)
);


--
-- Name: status_change_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.status_change_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Data for Name: account; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.account VALUES (1, 1, 'admin', 'PBKDF2WithHmacSHA512:210000:ivROb1fCPWDckW4E6PYvOUdWdnWLLYIrjbwfb63xsio=:8gJ0zJJKyqc4vbnpZQ4PHo2Fgu5uPyPq1EPHLcMKMdXmXxvLC1nr+ExURl4KrjRaqcatepFymBkwfB9RVtUZcg==', NULL, true, '2026-01-05 09:00:00+00', '2026-01-05 09:00:00+00');
INSERT INTO public.account VALUES (2, 1, 'office1-40ec9f', 'PBKDF2WithHmacSHA512:210000:YXjaRDxxzWjrY3TIvT18AdgoFU8gAj2GEff2sPomu0w=:bqMDGViB6YkHzDfFy081PHOrJ5lrTuGGtAs8Xjuenj8luUKObXAQAkXZOUT2uMR8FurbhS5XzR4mp2mVGSZpWA==', NULL, true, '2026-01-05 09:00:00+00', '2026-01-05 09:00:00+00');
INSERT INTO public.account VALUES (3, 1, 'auditor2-97f404', 'PBKDF2WithHmacSHA512:210000:ElV2NVpQGLEkCkzrqq8o+qwF9a3UMWcfdUQnbDqlZLc=:jkaAWEkt0l7/cWElUBkQ7i2NsHce/msmcEvPhxxdA7CY7RXLtsDcpF4PUYZQiIayWQVeJ7WPj2IIPkoX9QrRyA==', NULL, true, '2026-01-05 09:00:00+00', '2026-01-05 09:00:00+00');
INSERT INTO public.account VALUES (4, 1, 'anna4-16b0d2', 'PBKDF2WithHmacSHA512:210000:0emv9eW+Kk76SQ9qShXL35Slb2E7hTcMTK9TVJU+Yn8=:mleE4BbNwHtv5aCJOdenTdbGXYXwKNX7A/La32MNYoYbaKBGC5p1hbsc0FrPgzC1Pg81JA/SmjelhGBFZi36tA==', 1, true, '2026-03-02 09:00:00+00', '2026-03-02 09:00:00+00');
INSERT INTO public.account VALUES (5, 1, 'anna6-343ad7', 'PBKDF2WithHmacSHA512:210000:ojzrTy/6A6pvk27ISo2eT33YoKrfPBRhunAIn3yHnUQ=:Q7Ag9wVV+gdXvTRadAE7oXC1IM1f2aI6WhRt4dnmHKFmGW+7vVhPsx9tORukPPX+y4emPwbF4aNwGEgVMwEB1w==', 2, true, '2027-02-01 09:00:00+00', '2027-02-01 09:00:00+00');


--
-- Data for Name: account_role; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.account_role VALUES (1, 'ADMIN');
INSERT INTO public.account_role VALUES (2, 'OFFICE');
INSERT INTO public.account_role VALUES (3, 'AUDITOR');
INSERT INTO public.account_role VALUES (4, 'REGISTRANT');
INSERT INTO public.account_role VALUES (5, 'REGISTRANT');


--
-- Data for Name: application; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.application VALUES (1, 3, 1, 50, 'B', 'ENTRY_AUDIT', 4.0, 'HBO_PLUS', 'B', NULL, 'PASSED', '2026-03-02 09:00:00+00', 'anna4-16b0d2', '2026-03-02', 3, true, 'B', NULL, '2026-03-02 09:00:00+00', 'auditor2-97f404', 1);
INSERT INTO public.application VALUES (2, 3, 2, 50, 'C', 'ENTRY_AUDIT', 1.0, 'MBO_PLUS', 'C', NULL, 'PASSED', '2027-02-01 09:00:00+00', 'anna6-343ad7', '2027-02-01', 3, true, 'C', NULL, '2027-02-01 09:00:00+00', 'auditor2-97f404', 2);


--
-- Data for Name: application_document; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: certificate; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.certificate VALUES (1, 1, 1, 'AMB-2026-000001', '6lf72k7riscuj2vscq4te6pyt2g3abi5', 'B', '2026-03-02', '2028-03-02', '2026-03-02 09:00:00+00', NULL);
INSERT INTO public.certificate VALUES (2, 1, 2, 'AMB-2027-000002', 'cfzjxvuzlf4mehd3w5ccmhncxgsnms4k', 'C', '2027-02-01', '2028-02-01', '2027-02-01 09:00:00+00', NULL);


--
-- Data for Name: document; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.document VALUES (2, 'PRACTICE_REPORT', 'praktijkverslag.pdf', 'PDF', 43, '550d65dc86131339cedf58994b9eb8f91bb8a60cd48eb4df50ff5e22898ba989', '2026-06-01 09:00:00+00', 'anna4-16b0d2');
INSERT INTO public.document VALUES (3, 'PE_EVIDENCE', 'bewijs.pdf', 'PDF', 43, '550d65dc86131339cedf58994b9eb8f91bb8a60cd48eb4df50ff5e22898ba989', '2026-06-01 09:00:00+00', 'anna4-16b0d2');
INSERT INTO public.document VALUES (4, 'PE_EVIDENCE', 'bewijs.pdf', 'PDF', 43, '550d65dc86131339cedf58994b9eb8f91bb8a60cd48eb4df50ff5e22898ba989', '2026-06-01 09:00:00+00', 'anna4-16b0d2');
INSERT INTO public.document VALUES (6, 'PE_EVIDENCE', 'bewijs.pdf', 'PDF', 43, '550d65dc86131339cedf58994b9eb8f91bb8a60cd48eb4df50ff5e22898ba989', '2027-02-15 09:00:00+00', 'anna6-343ad7');


--
-- Data for Name: document_content; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.document_content VALUES (2, '\x255044462d312e370a25206365727469666963617465206f6620617474656e64616e63650a2525454f460a');
INSERT INTO public.document_content VALUES (3, '\x255044462d312e370a25206365727469666963617465206f6620617474656e64616e63650a2525454f460a');
INSERT INTO public.document_content VALUES (4, '\x255044462d312e370a25206365727469666963617465206f6620617474656e64616e63650a2525454f460a');
INSERT INTO public.document_content VALUES (6, '\x255044462d312e370a25206365727469666963617465206f6620617474656e64616e63650a2525454f460a');


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'schema', 'SQL', 'V1__schema.sql', -1669581354, 'postgres', '2026-11-27 14:43:31.143686', 102, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'amb register', 'SQL', 'V2__amb_register.sql', -1273993378, 'postgres', '2026-11-27 14:43:31.335287', 28, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'reminders', 'SQL', 'V3__reminders.sql', -1638180517, 'postgres', '2026-11-27 14:43:31.381794', 21, true);


--
-- Data for Name: pe_activity; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.pe_activity VALUES (1, 2, 1, '2026-04-15', 'Activiteit 8', 'VNG Academie', 8, 'TRAINING', 3, '2026-06-01 09:00:00+00', 'anna4-16b0d2');
INSERT INTO public.pe_activity VALUES (2, 2, 1, '2026-05-15', 'Activiteit 4', 'VNG Academie', 4, 'TRAINING', 4, '2026-06-01 09:00:00+00', 'anna4-16b0d2');
INSERT INTO public.pe_activity VALUES (3, 2, 3, '2027-02-15', 'Activiteit 3', 'VNG Academie', 3, 'TRAINING', 6, '2027-02-15 09:00:00+00', 'anna6-343ad7');


--
-- Data for Name: peer_review_meeting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.peer_review_meeting VALUES (1, 1, 50, '2026-10-15', 'Utrecht, Stadskantoor', '2026-04-01 09:00:00+00', 'office1-40ec9f');
INSERT INTO public.peer_review_meeting VALUES (2, 1, 50, '2026-11-20', 'Utrecht, Stadskantoor', '2026-04-01 09:00:00+00', 'office1-40ec9f');


--
-- Data for Name: portfolio_activity; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.portfolio_activity VALUES (1, 2, 1, 'Samenwerking ondernemersvereniging', 'Een gezamenlijk plan met de lokale ondernemersvereniging.', false, 'REJECTED', '2026-04-01 09:00:00+00', 'anna4-16b0d2', '2026-04-01 09:00:00+00', 'auditor2-97f404', 'Te weinig vernieuwend', NULL);
INSERT INTO public.portfolio_activity VALUES (2, 3, 1, 'Samenwerking ondernemersvereniging', 'Een gezamenlijk plan met de lokale ondernemersvereniging.', false, 'APPROVED', '2026-04-01 09:00:00+00', 'anna4-16b0d2', '2026-04-01 09:00:00+00', 'office1-40ec9f', NULL, 2);


--
-- Data for Name: questionnaire_answer; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.questionnaire_answer VALUES (1, 'JOB_CHANGES', 'Geen wijzigingen.');
INSERT INTO public.questionnaire_answer VALUES (1, 'KEY_RESULT', 'Ondernemersloket vernieuwd.');
INSERT INTO public.questionnaire_answer VALUES (1, 'DEVELOPMENT_WISH', 'Onderhandelen.');
INSERT INTO public.questionnaire_answer VALUES (1, 'MAIN_FOCUS', 'Bedrijventerreinen.');


--
-- Data for Name: questionnaire_question; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.questionnaire_question VALUES (50, 1, 50, 'B', 'JOB_CHANGES', 1, 'Welke veranderingen waren er dit jaar in uw functie of bij uw werkgever?', 'What changed this year in your job or with your employer?', true);
INSERT INTO public.questionnaire_question VALUES (100, 1, 50, 'A', 'JOB_CHANGES', 1, 'Welke veranderingen waren er dit jaar in uw functie of bij uw werkgever?', 'What changed this year in your job or with your employer?', true);
INSERT INTO public.questionnaire_question VALUES (150, 1, 50, 'B', 'MAIN_FOCUS', 2, 'Waar lag dit jaar het zwaartepunt van uw werk?', 'What was the main focus of your work this year?', true);
INSERT INTO public.questionnaire_question VALUES (200, 1, 50, 'A', 'MAIN_FOCUS', 2, 'Waar lag dit jaar het zwaartepunt van uw werk?', 'What was the main focus of your work this year?', true);
INSERT INTO public.questionnaire_question VALUES (250, 1, 50, 'B', 'KEY_RESULT', 3, 'Wat was dit jaar uw belangrijkste resultaat?', 'What was your most important result this year?', true);
INSERT INTO public.questionnaire_question VALUES (300, 1, 50, 'A', 'KEY_RESULT', 3, 'Wat was dit jaar uw belangrijkste resultaat?', 'What was your most important result this year?', true);
INSERT INTO public.questionnaire_question VALUES (350, 1, 50, 'B', 'DEVELOPMENT_WISH', 4, 'Op welk gebied wilt u zich het komende jaar verder ontwikkelen?', 'In which area would you like to develop further in the coming year?', true);
INSERT INTO public.questionnaire_question VALUES (400, 1, 50, 'A', 'DEVELOPMENT_WISH', 4, 'Op welk gebied wilt u zich het komende jaar verder ontwikkelen?', 'In which area would you like to develop further in the coming year?', true);


--
-- Data for Name: register; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.register VALUES (50, 1, 'AMB', 'Beroepsregister Accountmanager Bedrijven', 'R-AMB', 'Geregistreerd Accountmanager Bedrijven', 2, 12);


--
-- Data for Name: register_level; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.register_level VALUES (50, 1, 50, 'C', 'Accountmanager Bedrijven niveau C / Klantmanager Bedrijven', 'MBO_PLUS', 0.0, false, false, 8, NULL, NULL, 12, false, false, false, false);
INSERT INTO public.register_level VALUES (100, 1, 50, 'B', 'Accountmanager Bedrijven niveau B / Relatiemanager Bedrijven', 'HBO_PLUS', 3.0, false, true, 12, NULL, NULL, 24, true, true, false, true);
INSERT INTO public.register_level VALUES (150, 1, 50, 'A', 'Accountmanager Bedrijven niveau A / Senior Relatiemanager Bedrijven', 'WO_PLUS', 5.0, true, false, 20, 6, 10, 24, true, true, true, true);


--
-- Data for Name: registrant; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.registrant VALUES (1, 1, 'Anna', 'Admitted3-d5b6ff', 'anna admitted3-d5b6ff', 'anna4-16b0d2@gemeente.example', 'Gemeente Voorbeeld', 'Accountmanager bedrijven', 'NL', false, '2026-03-02 09:00:00+00');
INSERT INTO public.registrant VALUES (2, 1, 'Anna', 'Admitted5-682e8d', 'anna admitted5-682e8d', 'anna6-343ad7@gemeente.example', 'Gemeente Voorbeeld', 'Accountmanager bedrijven', 'NL', false, '2027-02-01 09:00:00+00');


--
-- Data for Name: registration; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.registration VALUES (1, 19, 'AMB-000001', 1, 50, 'B', 'ACTIVE', '2026-03-02', '2028-03-02', NULL);
INSERT INTO public.registration VALUES (2, 3, 'AMB-000002', 2, 50, 'C', 'ACTIVE', '2027-02-01', '2028-02-01', NULL);


--
-- Data for Name: registration_year; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.registration_year VALUES (1, 8, 1, '2026-03-02', '2027-03-02', '2027-01-02', 'B', false, 'APPROVED', '2027-01-20 09:00:00+00', 'anna4-16b0d2', false, NULL, '2027-01-20 09:00:00+00', 'office1-40ec9f', 'Gemeente Voorbeeld', 'Accountmanager bedrijven', true, '2026-06-01 09:00:00+00', 'anna4-16b0d2', 1, '2026-04-01 09:00:00+00', true, true, '2026-10-15 09:00:00+00', 'office1-40ec9f');
INSERT INTO public.registration_year VALUES (2, 1, 1, '2027-03-02', '2028-03-02', '2028-01-02', 'B', false, 'OPEN', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, false, NULL, NULL);
INSERT INTO public.registration_year VALUES (3, 1, 2, '2027-02-01', '2028-02-01', '2027-12-01', 'C', false, 'OPEN', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, false, NULL, NULL);


--
-- Data for Name: reminder; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.reminder VALUES (1, 2, 1, 2, '2027-03-02', 'PORTFOLIO_PROPOSAL', 'anna4-16b0d2@gemeente.example', NULL, 'SENT', '2027-03-10', '2027-03-10 09:00:00+00', 1, '2027-03-10 09:00:00+00', NULL, '17295@vm', '2027-03-10 09:00:00+00', NULL);


--
-- Data for Name: reminder_attempt; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.reminder_attempt VALUES (1, 1, '2027-03-10 09:00:00+00', true, '17295@vm', NULL);


--
-- Data for Name: reminder_text; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: status_change; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.status_change VALUES (1, 1, 'ADMITTED', NULL, 'ACTIVE', 'B', '2026-03-02 09:00:00+00', 'auditor2-97f404', NULL);
INSERT INTO public.status_change VALUES (2, 1, 'RENEWED', 'ACTIVE', 'ACTIVE', 'B', '2027-01-20 09:00:00+00', 'office1-40ec9f', NULL);
INSERT INTO public.status_change VALUES (3, 2, 'ADMITTED', NULL, 'ACTIVE', 'C', '2027-02-01 09:00:00+00', 'auditor2-97f404', NULL);


--
-- Name: account_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.account_seq', 50, true);


--
-- Name: application_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.application_seq', 50, true);


--
-- Name: certificate_number_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certificate_number_seq', 2, true);


--
-- Name: certificate_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.certificate_seq', 50, true);


--
-- Name: document_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.document_seq', 50, true);


--
-- Name: pe_activity_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.pe_activity_seq', 50, true);


--
-- Name: peer_review_meeting_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.peer_review_meeting_seq', 50, true);


--
-- Name: portfolio_activity_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.portfolio_activity_seq', 50, true);


--
-- Name: questionnaire_question_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.questionnaire_question_seq', 400, true);


--
-- Name: register_level_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.register_level_seq', 150, true);


--
-- Name: register_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.register_seq', 50, true);


--
-- Name: registrant_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.registrant_seq', 50, true);


--
-- Name: registration_number_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.registration_number_seq', 2, true);


--
-- Name: registration_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.registration_seq', 50, true);


--
-- Name: registration_year_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.registration_year_seq', 50, true);


--
-- Name: reminder_attempt_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reminder_attempt_seq', 50, true);


--
-- Name: reminder_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reminder_seq', 1, true);


--
-- Name: reminder_text_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reminder_text_seq', 50, false);


--
-- Name: status_change_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.status_change_seq', 50, true);


--
-- Name: account account_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT account_pkey PRIMARY KEY (id);


--
-- Name: account_role account_role_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_role
    ADD CONSTRAINT account_role_pkey PRIMARY KEY (account_id, role);


--
-- Name: application_document application_document_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_document
    ADD CONSTRAINT application_document_pkey PRIMARY KEY (application_id, document_id);


--
-- Name: application application_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application
    ADD CONSTRAINT application_pkey PRIMARY KEY (id);


--
-- Name: certificate certificate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certificate
    ADD CONSTRAINT certificate_pkey PRIMARY KEY (id);


--
-- Name: document_content document_content_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_content
    ADD CONSTRAINT document_content_pkey PRIMARY KEY (document_id);


--
-- Name: document document_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document
    ADD CONSTRAINT document_pkey PRIMARY KEY (id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: pe_activity pe_activity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pe_activity
    ADD CONSTRAINT pe_activity_pkey PRIMARY KEY (id);


--
-- Name: peer_review_meeting peer_review_meeting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peer_review_meeting
    ADD CONSTRAINT peer_review_meeting_pkey PRIMARY KEY (id);


--
-- Name: portfolio_activity portfolio_activity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.portfolio_activity
    ADD CONSTRAINT portfolio_activity_pkey PRIMARY KEY (id);


--
-- Name: questionnaire_answer questionnaire_answer_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.questionnaire_answer
    ADD CONSTRAINT questionnaire_answer_pkey PRIMARY KEY (year_id, question_code);


--
-- Name: questionnaire_question questionnaire_question_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.questionnaire_question
    ADD CONSTRAINT questionnaire_question_pkey PRIMARY KEY (id);


--
-- Name: register_level register_level_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.register_level
    ADD CONSTRAINT register_level_pkey PRIMARY KEY (id);


--
-- Name: register register_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.register
    ADD CONSTRAINT register_pkey PRIMARY KEY (id);


--
-- Name: registrant registrant_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registrant
    ADD CONSTRAINT registrant_pkey PRIMARY KEY (id);


--
-- Name: registration registration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registration
    ADD CONSTRAINT registration_pkey PRIMARY KEY (id);


--
-- Name: registration_year registration_year_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registration_year
    ADD CONSTRAINT registration_year_pkey PRIMARY KEY (id);


--
-- Name: reminder_attempt reminder_attempt_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reminder_attempt
    ADD CONSTRAINT reminder_attempt_pkey PRIMARY KEY (id);


--
-- Name: reminder reminder_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reminder
    ADD CONSTRAINT reminder_pkey PRIMARY KEY (id);


--
-- Name: reminder_text reminder_text_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reminder_text
    ADD CONSTRAINT reminder_text_pkey PRIMARY KEY (id);


--
-- Name: status_change status_change_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.status_change
    ADD CONSTRAINT status_change_pkey PRIMARY KEY (id);


--
-- Name: account uk_account_registrant; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT uk_account_registrant UNIQUE (registrant_id);


--
-- Name: account uk_account_username; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT uk_account_username UNIQUE (username);


--
-- Name: certificate uk_certificate_code; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certificate
    ADD CONSTRAINT uk_certificate_code UNIQUE (verification_code);


--
-- Name: certificate uk_certificate_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certificate
    ADD CONSTRAINT uk_certificate_number UNIQUE (certificate_number);


--
-- Name: questionnaire_question uk_question; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.questionnaire_question
    ADD CONSTRAINT uk_question UNIQUE (register_id, level, code);


--
-- Name: register uk_register_code; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.register
    ADD CONSTRAINT uk_register_code UNIQUE (code);


--
-- Name: register_level uk_register_level; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.register_level
    ADD CONSTRAINT uk_register_level UNIQUE (register_id, level);


--
-- Name: registration uk_registration_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registration
    ADD CONSTRAINT uk_registration_number UNIQUE (registration_number);


--
-- Name: registration_year uk_registration_year; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registration_year
    ADD CONSTRAINT uk_registration_year UNIQUE (registration_id, start_date);


--
-- Name: reminder uk_reminder_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reminder
    ADD CONSTRAINT uk_reminder_once UNIQUE (registration_id, year_start, kind);


--
-- Name: reminder_text uk_reminder_text; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reminder_text
    ADD CONSTRAINT uk_reminder_text UNIQUE (kind, language);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: ix_application_auditor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_application_auditor ON public.application USING btree (auditor_id);


--
-- Name: ix_application_registrant; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_application_registrant ON public.application USING btree (registrant_id);


--
-- Name: ix_application_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_application_status ON public.application USING btree (status);


--
-- Name: ix_certificate_registration; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_certificate_registration ON public.certificate USING btree (registration_id);


--
-- Name: ix_meeting_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_meeting_date ON public.peer_review_meeting USING btree (meeting_date);


--
-- Name: ix_pe_activity_year; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_pe_activity_year ON public.pe_activity USING btree (year_id);


--
-- Name: ix_portfolio_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_portfolio_status ON public.portfolio_activity USING btree (status);


--
-- Name: ix_portfolio_year; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_portfolio_year ON public.portfolio_activity USING btree (year_id);


--
-- Name: ix_registrant_search_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_registrant_search_name ON public.registrant USING btree (search_name);


--
-- Name: ix_registration_registrant; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_registration_registrant ON public.registration USING btree (registrant_id);


--
-- Name: ix_registration_status_valid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_registration_status_valid ON public.registration USING btree (status, valid_until);


--
-- Name: ix_reminder_attempt_reminder; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_reminder_attempt_reminder ON public.reminder_attempt USING btree (reminder_id);


--
-- Name: ix_reminder_deliverable; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_reminder_deliverable ON public.reminder USING btree (status, next_attempt_at);


--
-- Name: ix_status_change_registration; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_status_change_registration ON public.status_change USING btree (registration_id);


--
-- Name: ix_year_deadline; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_year_deadline ON public.registration_year USING btree (submission_deadline);


--
-- Name: ix_year_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_year_meeting ON public.registration_year USING btree (meeting_id);


--
-- Name: ix_year_renewal_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_year_renewal_date ON public.registration_year USING btree (renewal_date);


--
-- Name: ix_year_start; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_year_start ON public.registration_year USING btree (start_date);


--
-- Name: ix_year_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_year_status ON public.registration_year USING btree (dossier_status);


--
-- Name: account account_registrant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT account_registrant_id_fkey FOREIGN KEY (registrant_id) REFERENCES public.registrant(id);


--
-- Name: account_role account_role_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_role
    ADD CONSTRAINT account_role_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id);


--
-- Name: application application_auditor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application
    ADD CONSTRAINT application_auditor_id_fkey FOREIGN KEY (auditor_id) REFERENCES public.account(id);


--
-- Name: application_document application_document_application_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_document
    ADD CONSTRAINT application_document_application_id_fkey FOREIGN KEY (application_id) REFERENCES public.application(id);


--
-- Name: application_document application_document_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_document
    ADD CONSTRAINT application_document_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.document(id);


--
-- Name: application application_register_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application
    ADD CONSTRAINT application_register_id_fkey FOREIGN KEY (register_id) REFERENCES public.register(id);


--
-- Name: application application_registrant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application
    ADD CONSTRAINT application_registrant_id_fkey FOREIGN KEY (registrant_id) REFERENCES public.registrant(id);


--
-- Name: application application_registration_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application
    ADD CONSTRAINT application_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES public.registration(id);


--
-- Name: certificate certificate_registration_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.certificate
    ADD CONSTRAINT certificate_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES public.registration(id);


--
-- Name: document_content document_content_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_content
    ADD CONSTRAINT document_content_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.document(id);


--
-- Name: pe_activity pe_activity_evidence_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pe_activity
    ADD CONSTRAINT pe_activity_evidence_id_fkey FOREIGN KEY (evidence_id) REFERENCES public.document(id);


--
-- Name: pe_activity pe_activity_year_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pe_activity
    ADD CONSTRAINT pe_activity_year_id_fkey FOREIGN KEY (year_id) REFERENCES public.registration_year(id);


--
-- Name: peer_review_meeting peer_review_meeting_register_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peer_review_meeting
    ADD CONSTRAINT peer_review_meeting_register_id_fkey FOREIGN KEY (register_id) REFERENCES public.register(id);


--
-- Name: portfolio_activity portfolio_activity_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.portfolio_activity
    ADD CONSTRAINT portfolio_activity_report_id_fkey FOREIGN KEY (report_id) REFERENCES public.document(id);


--
-- Name: portfolio_activity portfolio_activity_year_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.portfolio_activity
    ADD CONSTRAINT portfolio_activity_year_id_fkey FOREIGN KEY (year_id) REFERENCES public.registration_year(id);


--
-- Name: questionnaire_answer questionnaire_answer_year_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.questionnaire_answer
    ADD CONSTRAINT questionnaire_answer_year_id_fkey FOREIGN KEY (year_id) REFERENCES public.registration_year(id);


--
-- Name: questionnaire_question questionnaire_question_register_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.questionnaire_question
    ADD CONSTRAINT questionnaire_question_register_id_fkey FOREIGN KEY (register_id) REFERENCES public.register(id);


--
-- Name: register_level register_level_register_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.register_level
    ADD CONSTRAINT register_level_register_id_fkey FOREIGN KEY (register_id) REFERENCES public.register(id);


--
-- Name: registration registration_register_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registration
    ADD CONSTRAINT registration_register_id_fkey FOREIGN KEY (register_id) REFERENCES public.register(id);


--
-- Name: registration registration_registrant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registration
    ADD CONSTRAINT registration_registrant_id_fkey FOREIGN KEY (registrant_id) REFERENCES public.registrant(id);


--
-- Name: registration_year registration_year_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registration_year
    ADD CONSTRAINT registration_year_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.peer_review_meeting(id);


--
-- Name: registration_year registration_year_registration_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registration_year
    ADD CONSTRAINT registration_year_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES public.registration(id);


--
-- Name: reminder_attempt reminder_attempt_reminder_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reminder_attempt
    ADD CONSTRAINT reminder_attempt_reminder_id_fkey FOREIGN KEY (reminder_id) REFERENCES public.reminder(id);


--
-- Name: reminder reminder_registration_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reminder
    ADD CONSTRAINT reminder_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES public.registration(id);


--
-- Name: reminder reminder_year_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reminder
    ADD CONSTRAINT reminder_year_id_fkey FOREIGN KEY (year_id) REFERENCES public.registration_year(id);


--
-- Name: status_change status_change_registration_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.status_change
    ADD CONSTRAINT status_change_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES public.registration(id);


--
-- PostgreSQL database dump complete
--


