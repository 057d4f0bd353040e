-- The audit trail: append-only, one row per decision, transition, sign-in, refusal, export and download.
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_event (
    id          BIGINT      NOT NULL PRIMARY KEY,
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    action      VARCHAR(64) NOT NULL,
    subject     VARCHAR(80),
    outcome     VARCHAR(8)  NOT NULL,
    detail      VARCHAR(500),
    address     VARCHAR(64)
);
CREATE INDEX ix_audit_event_at ON audit_event (happened_at);
CREATE INDEX ix_audit_event_subject ON audit_event (subject);
CREATE INDEX ix_audit_event_actor ON audit_event (actor);
