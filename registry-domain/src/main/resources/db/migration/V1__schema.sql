-- The register's schema. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- Id sequences step by 50, the allocation size of the entities' sequence generators.

CREATE SEQUENCE register_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE register_level_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE questionnaire_question_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE registrant_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE document_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE application_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE registration_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE status_change_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE registration_year_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE pe_activity_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE portfolio_activity_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE peer_review_meeting_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE certificate_seq START WITH 50 INCREMENT BY 50;

-- numbers people read: registration and certificate numbers count up one by one
CREATE SEQUENCE registration_number_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE certificate_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE register (
    id                      BIGINT       NOT NULL PRIMARY KEY,
    version                 BIGINT       NOT NULL,
    code                    VARCHAR(16)  NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    title_abbreviation      VARCHAR(32)  NOT NULL,
    title_name              VARCHAR(200) NOT NULL,
    deadline_months         INTEGER      NOT NULL CHECK (deadline_months BETWEEN 0 AND 11),
    course_exemption_months INTEGER      NOT NULL CHECK (course_exemption_months BETWEEN 0 AND 60),
    CONSTRAINT uk_register_code UNIQUE (code)
);

CREATE TABLE register_level (
    id                          BIGINT       NOT NULL PRIMARY KEY,
    version                     BIGINT       NOT NULL,
    register_id                 BIGINT       NOT NULL REFERENCES register (id),
    level                       VARCHAR(1)   NOT NULL CHECK (level IN ('C', 'B', 'A')),
    function_title              VARCHAR(200) NOT NULL,
    minimum_work_level          VARCHAR(16)  NOT NULL,
    experience_years            NUMERIC(4,1) NOT NULL,
    experience_exclusive        BOOLEAN      NOT NULL,
    course_route                BOOLEAN      NOT NULL,
    pe_minimum                  INTEGER      NOT NULL CHECK (pe_minimum >= 0),
    network_minimum             INTEGER,
    network_maximum             INTEGER,
    certificate_validity_months INTEGER      NOT NULL CHECK (certificate_validity_months > 0),
    questionnaire_required      BOOLEAN      NOT NULL,
    portfolio_required          BOOLEAN      NOT NULL,
    portfolio_local_level       BOOLEAN      NOT NULL,
    peer_review_required        BOOLEAN      NOT NULL,
    CONSTRAINT uk_register_level UNIQUE (register_id, level)
);

CREATE TABLE questionnaire_question (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    register_id BIGINT       NOT NULL REFERENCES register (id),
    level       VARCHAR(1)   NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    position    INTEGER      NOT NULL,
    text_nl     VARCHAR(500) NOT NULL,
    text_en     VARCHAR(500) NOT NULL,
    active      BOOLEAN      NOT NULL,
    CONSTRAINT uk_question UNIQUE (register_id, level, code)
);

CREATE TABLE registrant (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    search_name     VARCHAR(201) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    employer        VARCHAR(200),
    job_title       VARCHAR(200),
    language        VARCHAR(2)   NOT NULL,
    employer_public BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_registrant_search_name ON registrant (search_name);

CREATE TABLE account (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    username            VARCHAR(64)  NOT NULL,
    password_hash       VARCHAR(400) NOT NULL,
    registrant_id       BIGINT       REFERENCES registrant (id),
    enabled             BOOLEAN      NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT uk_account_registrant UNIQUE (registrant_id)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id),
    role       VARCHAR(16) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE document (
    id          BIGINT       NOT NULL PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    filename    VARCHAR(200) NOT NULL,
    file_type   VARCHAR(8)   NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by VARCHAR(64)  NOT NULL
);

CREATE TABLE document_content (
    document_id BIGINT NOT NULL PRIMARY KEY REFERENCES document (id),
    content     BYTEA  NOT NULL
);

CREATE TABLE registration (
    id                  BIGINT      NOT NULL PRIMARY KEY,
    version             BIGINT      NOT NULL,
    registration_number VARCHAR(32) NOT NULL,
    registrant_id       BIGINT      NOT NULL REFERENCES registrant (id),
    register_id         BIGINT      NOT NULL REFERENCES register (id),
    level               VARCHAR(1)  NOT NULL,
    status              VARCHAR(16) NOT NULL,
    start_date          DATE        NOT NULL,
    valid_until         DATE        NOT NULL,
    course_completed_on DATE,
    CONSTRAINT uk_registration_number UNIQUE (registration_number)
);
CREATE INDEX ix_registration_registrant ON registration (registrant_id);
CREATE INDEX ix_registration_status_valid ON registration (status, valid_until);

CREATE TABLE status_change (
    id              BIGINT      NOT NULL PRIMARY KEY,
    registration_id BIGINT      NOT NULL REFERENCES registration (id),
    kind            VARCHAR(16) NOT NULL,
    from_status     VARCHAR(16),
    to_status       VARCHAR(16) NOT NULL,
    level           VARCHAR(1)  NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by      VARCHAR(64) NOT NULL,
    reason          VARCHAR(2000)
);
CREATE INDEX ix_status_change_registration ON status_change (registration_id);

CREATE TABLE application (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    registrant_id       BIGINT       NOT NULL REFERENCES registrant (id),
    register_id         BIGINT       NOT NULL REFERENCES register (id),
    requested_level     VARCHAR(1)   NOT NULL,
    route               VARCHAR(16)  NOT NULL,
    experience_years    NUMERIC(4,1) NOT NULL,
    work_level          VARCHAR(16)  NOT NULL,
    function_level      VARCHAR(1)   NOT NULL,
    course_completed_on DATE,
    status              VARCHAR(16)  NOT NULL,
    applied_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    applied_by          VARCHAR(64)  NOT NULL,
    audit_date          DATE,
    auditor_id          BIGINT       REFERENCES account (id),
    decision_passed     BOOLEAN,
    decision_level      VARCHAR(1),
    decision_reason     VARCHAR(2000),
    decided_at          TIMESTAMP WITH TIME ZONE,
    decided_by          VARCHAR(64),
    registration_id     BIGINT       REFERENCES registration (id)
);
CREATE INDEX ix_application_registrant ON application (registrant_id);
CREATE INDEX ix_application_status ON application (status);
CREATE INDEX ix_application_auditor ON application (auditor_id);

CREATE TABLE application_document (
    application_id BIGINT NOT NULL REFERENCES application (id),
    document_id    BIGINT NOT NULL REFERENCES document (id),
    PRIMARY KEY (application_id, document_id)
);

CREATE TABLE peer_review_meeting (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    register_id  BIGINT       NOT NULL REFERENCES register (id),
    meeting_date DATE         NOT NULL,
    location     VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_meeting_date ON peer_review_meeting (meeting_date);

CREATE TABLE registration_year (
    id                      BIGINT      NOT NULL PRIMARY KEY,
    version                 BIGINT      NOT NULL,
    registration_id         BIGINT      NOT NULL REFERENCES registration (id),
    start_date              DATE        NOT NULL,
    renewal_date            DATE        NOT NULL,
    submission_deadline     DATE        NOT NULL,
    level                   VARCHAR(1)  NOT NULL,
    pe_exempt               BOOLEAN     NOT NULL,
    dossier_status          VARCHAR(16) NOT NULL,
    submitted_at            TIMESTAMP WITH TIME ZONE,
    submitted_by            VARCHAR(64),
    late                    BOOLEAN,
    decision_reason         VARCHAR(4000),
    decided_at              TIMESTAMP WITH TIME ZONE,
    decided_by              VARCHAR(64),
    declaration_employer    VARCHAR(200),
    declaration_job_title   VARCHAR(200),
    declaration_in_function BOOLEAN,
    declaration_signed_at   TIMESTAMP WITH TIME ZONE,
    declaration_signed_by   VARCHAR(64),
    meeting_id              BIGINT      REFERENCES peer_review_meeting (id),
    enrolled_at             TIMESTAMP WITH TIME ZONE,
    attended                BOOLEAN     NOT NULL,
    presented               BOOLEAN     NOT NULL,
    attendance_recorded_at  TIMESTAMP WITH TIME ZONE,
    attendance_recorded_by  VARCHAR(64),
    CONSTRAINT uk_registration_year UNIQUE (registration_id, start_date)
);
CREATE INDEX ix_year_renewal_date ON registration_year (renewal_date);
CREATE INDEX ix_year_deadline ON registration_year (submission_deadline);
CREATE INDEX ix_year_status ON registration_year (dossier_status);
CREATE INDEX ix_year_meeting ON registration_year (meeting_id);

CREATE TABLE questionnaire_answer (
    year_id       BIGINT        NOT NULL REFERENCES registration_year (id),
    question_code VARCHAR(40)   NOT NULL,
    answer        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (year_id, question_code)
);

CREATE TABLE pe_activity (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    year_id       BIGINT       NOT NULL REFERENCES registration_year (id),
    activity_date DATE         NOT NULL,
    title         VARCHAR(200) NOT NULL,
    provider      VARCHAR(200) NOT NULL,
    points        INTEGER      NOT NULL CHECK (points BETWEEN 1 AND 40),
    category      VARCHAR(16)  NOT NULL,
    evidence_id   BIGINT       REFERENCES document (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_pe_activity_year ON pe_activity (year_id);

CREATE TABLE portfolio_activity (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    year_id          BIGINT        NOT NULL REFERENCES registration_year (id),
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(4000) NOT NULL,
    local_level      BOOLEAN       NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    proposed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    proposed_by      VARCHAR(64)   NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE,
    decided_by       VARCHAR(64),
    rejection_reason VARCHAR(2000),
    report_id        BIGINT        REFERENCES document (id)
);
CREATE INDEX ix_portfolio_year ON portfolio_activity (year_id);
CREATE INDEX ix_portfolio_status ON portfolio_activity (status);

CREATE TABLE certificate (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    version            BIGINT      NOT NULL,
    registration_id    BIGINT      NOT NULL REFERENCES registration (id),
    certificate_number VARCHAR(32) NOT NULL,
    verification_code  VARCHAR(64) NOT NULL,
    level              VARCHAR(1)  NOT NULL,
    issue_date         DATE        NOT NULL,
    expiry_date        DATE        NOT NULL,
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    superseded_on      DATE,
    CONSTRAINT uk_certificate_number UNIQUE (certificate_number),
    CONSTRAINT uk_certificate_code UNIQUE (verification_code)
);
CREATE INDEX ix_certificate_registration ON certificate (registration_id);
