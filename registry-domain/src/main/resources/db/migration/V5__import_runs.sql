-- Imports of registrants and registrations from a CSV file (the office moving off its spreadsheets). A run works in
-- the background; its progress and every rejected row are stored, so that any server can show them.

CREATE SEQUENCE import_run_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE import_rejection_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE import_run (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    filename       VARCHAR(200)  NOT NULL,
    language       VARCHAR(2)    NOT NULL,
    started_by     VARCHAR(64)   NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    status         VARCHAR(16)   NOT NULL,
    total_rows     INTEGER       NOT NULL,
    processed_rows INTEGER       NOT NULL,
    imported_rows  INTEGER       NOT NULL,
    rejected_rows  INTEGER       NOT NULL,
    failure        VARCHAR(1000)
);
CREATE INDEX ix_import_run_started ON import_run (started_at);

CREATE TABLE import_rejection (
    id            BIGINT        NOT NULL PRIMARY KEY,
    run_id        BIGINT        NOT NULL REFERENCES import_run (id),
    sheet_row     BIGINT        NOT NULL,
    field         VARCHAR(64),
    refused_value VARCHAR(200),
    reason        VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_import_rejection_run ON import_rejection (run_id, sheet_row);

-- the account list of the administration pages is searched by username and paged in that order
CREATE INDEX ix_account_role_role ON account_role (role);
