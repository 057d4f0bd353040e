-- The reminder outbox (DOMAIN.md §9): one row per registration, registration year and kind, guarded by a unique
-- key so that repeated runs, restarts and several servers can never queue a reminder twice.

-- rows are inserted by a set-based statement, one id each
CREATE SEQUENCE reminder_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE reminder_attempt_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE reminder_text_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE reminder (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    registration_id BIGINT       NOT NULL REFERENCES registration (id),
    year_id         BIGINT       NOT NULL REFERENCES registration_year (id),
    year_start      DATE         NOT NULL,
    kind            VARCHAR(24)  NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    copy_to         VARCHAR(254),
    status          VARCHAR(16)  NOT NULL,
    due_on          DATE         NOT NULL,
    queued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_at      TIMESTAMP WITH TIME ZONE,
    claimed_by      VARCHAR(100),
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    CONSTRAINT uk_reminder_once UNIQUE (registration_id, year_start, kind)
);
CREATE INDEX ix_reminder_deliverable ON reminder (status, next_attempt_at);

CREATE TABLE reminder_attempt (
    id           BIGINT      NOT NULL PRIMARY KEY,
    reminder_id  BIGINT      NOT NULL REFERENCES reminder (id),
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered    BOOLEAN     NOT NULL,
    server       VARCHAR(100),
    error        VARCHAR(1000)
);
CREATE INDEX ix_reminder_attempt_reminder ON reminder_attempt (reminder_id);

CREATE TABLE reminder_text (
    id         BIGINT        NOT NULL PRIMARY KEY,
    version    BIGINT        NOT NULL,
    kind       VARCHAR(24)   NOT NULL,
    language   VARCHAR(2)    NOT NULL,
    subject    VARCHAR(200)  NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_reminder_text UNIQUE (kind, language)
);

-- the windows in which reminders are due are found by the submission deadline and the start of the year
CREATE INDEX ix_year_start ON registration_year (start_date);
